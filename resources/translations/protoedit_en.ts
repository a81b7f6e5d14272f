<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
  <context>
    <name>ApprovalDialog</name>
    <message>
      <source>Signataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code personnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refuser cette version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approuver cette version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>J'approuve ce protocole pour ma profession.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Motif du refus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sens de la signature</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationPage</name>
    <message>
      <source>Date de révision prévue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Indicateurs d'évaluation&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Références (avec leur date)&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer la ligne</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupPage</name>
    <message>
      <source>Groupe de travail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Groupe de travail&lt;/b&gt; (cochez les membres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Réunions ayant travaillé sur ce protocole&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune réunion liée pour l'instant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total : {n} min</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IdentityPage</name>
    <message>
      <source>Hors annexe 3 de l'ACI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Titre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thème ACI</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LibraryModel</name>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Titre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Révision prévue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (dépassée)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (bientôt)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LibraryView</name>
    <message>
      <source>Filtrer par code ou titre…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;h2&gt;Aucun document pour l'instant&lt;/h2&gt;&lt;p&gt;Pour commencer&amp;nbsp;: renseignez la structure et les professionnels dans l'écran &lt;b&gt;Équipe&lt;/b&gt; (Ctrl+2), puis créez un premier protocole.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>ProtoEdit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bibliothèque</source>
      <translation>Library</translation>
    </message>
    <message>
      <source>Équipe</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Protocole ouvert</source>
      <translation>Open protocol</translation>
    </message>
    <message>
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Nouveau protocole…</source>
      <translation>&amp;New protocol…</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>Agrandir le texte</source>
      <translation>Larger text</translation>
    </message>
    <message>
      <source>Réduire le texte</source>
      <translation>Smaller text</translation>
    </message>
    <message>
      <source>Taille normale</source>
      <translation>Normal size</translation>
    </message>
    <message>
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>À propos de ProtoEdit</source>
      <translation>About ProtoEdit</translation>
    </message>
    <message>
      <source>ProtoEdit {version}
Protocoles pluriprofessionnels, protocoles de coopération et réunions de concertation.
Base : {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Poste : {who}</source>
      <translation>PC: {who}</translation>
    </message>
  </context>
  <context>
    <name>NewProtocolDialog</name>
    <message>
      <source>Nouveau protocole pluriprofessionnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Protocole vierge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À partir d'un modèle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À partir d'un thème de l'annexe 3 de l'ACI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proposer les six étapes (repérer, évaluer, planifier, intervenir, suivre, alerter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code (unique)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Titre</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfessionalForm</name>
    <message>
      <source>— choisir —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En activité dans l'équipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partenaire extérieur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau professionnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prénom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profession</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RPPS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ADELI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Téléphone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistré.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrigez les champs signalés.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier : {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfessionalsModel</name>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profession</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RPPS / ADELI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>oui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>non</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (partenaire)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProtocolEditor</name>
    <message>
      <source>Présentation (F11)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications en cours…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conflit d'enregistrement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce protocole a été modifié sur un autre poste depuis son ouverture.
Que voulez-vous faire ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Garder ma version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prendre l'autre version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copier ma version de côté</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune différence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version figée : lecture seule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non enregistré</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistré à {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Votre version est dans le presse-papiers.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepsPage</name>
    <message>
      <source>Tableau des étapes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vue matrice qui × quand  (Ctrl+M)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter une étape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dupliquer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Descendre</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StructureForm</name>
    <message>
      <source>Structure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer la structure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>FINESS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIRET</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Représentant légal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact du représentant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Structure enregistrée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrigez les champs signalés.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamView</name>
    <message>
      <source>Professionnels de l'équipe</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ValidationPage</name>
    <message>
      <source>Points à compléter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soumettre à la validation de l'équipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approuver…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refuser…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réviser (nouvelle version)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relu, sans modification…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comparer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réviser le protocole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pourquoi une nouvelle version ? (obligatoire)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relecture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note de relecture (facultative)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comparer la version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>à la version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Vérification&lt;/b&gt; (n'empêche jamais d'enregistrer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Signatures&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Historique des versions&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✓ Rien ne manque : le protocole peut être soumis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>refusé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>approuvé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dernier refus : {r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} point(s) à compléter avant de soumettre, {w} remarque(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peut être soumis ; {w} remarque(s) à considérer.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WhoDialog</name>
    <message>
      <source>Qui utilise ce poste ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chaque modification est enregistrée au nom de la personne qui utilise ce poste. Choisissez votre nom, ou créez votre fiche.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— choisir —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prénom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profession</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Je suis :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Je ne suis pas dans la liste :</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>Indicateur ACI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Objectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réunions de concertation tenues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cas de patients discutés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dont patients de 75 ans ou plus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dont patients en ALD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dont patients de 75 ans ou plus ou en ALD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Protocoles en vigueur sur les thèmes de l'annexe 3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réunion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cas discutés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Protocole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thème ACI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En vigueur depuis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Année {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le titre est obligatoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Section « {section} » : à compléter (obligatoire pour soumettre).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Section « {section} » : à compléter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune étape n'indique de signe d'alerte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun indicateur : prévoyez au moins le nombre de patients inclus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune date de révision prévue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune référence citée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le protocole ne compte aucune étape.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La profession « {profession} » a des étapes mais personne de cette profession n'est dans le groupe de travail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Étape {step} : indiquez qui intervient (au moins une profession).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Étape {step} : indiquez ce qui est fait.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Étape {step} : contient encore « À compléter ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date de début de validité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date de fin de validité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>professions des délégants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>professions des délégués</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>âge minimum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>âge maximum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unité d'âge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>durée de formation des délégués (heures)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>référence du texte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date du texte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>financement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>forfait par patient (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>forfait de réévaluation (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>délai de réévaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>répartition par défaut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>part du délégué (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>part du délégant (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>critères d'inclusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>critères d'exclusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>déroulé de la prise en charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vérifié</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un texte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un nombre entier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un nombre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>une liste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un objet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>oui ou non</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nombre de patients pris en charge dans le cadre du protocole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taux de reprise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actes repris par le délégant à la demande du délégué / actes réalisés par les délégués</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taux d'événements indésirables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Événements indésirables déclarés / actes réalisés par les délégués</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Satisfaction des professionnels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réponses « satisfait » ou « très satisfait » / nombre de répondants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>délégant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>délégué</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Révision décidée en réunion du {date}{title} : {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statut de décision inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le texte de la décision est obligatoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Professionnel introuvable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette décision a déjà un suivi : elle ne peut plus être supprimée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indiquez en quelques mots pourquoi.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une nouvelle échéance ne se donne qu'en reportant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une révision du protocole a déjà été ouverte pour cette décision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette décision a été annulée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette décision n'est pas rattachée à un point de travail sur un protocole.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette décision a été soldée dans le compte rendu clos du {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le suivi d'une décision se fait dans une réunion postérieure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le numéro RPPS compte 11 chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le numéro RPPS est invalide (clé de contrôle incorrecte) : vérifiez la saisie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le numéro ADELI compte 9 caractères : le département (2 chiffres, ou 2A/2B) puis 7 chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le numéro FINESS compte 9 caractères (département, dont 2A/2B, puis 7 chiffres).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le numéro FINESS est invalide (clé de contrôle incorrecte) : vérifiez la saisie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le numéro SIRET compte 14 chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le numéro SIRET est invalide (clé de contrôle incorrecte) : vérifiez la saisie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>L'adresse e-mail n'a pas une forme valide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réunion de concertation pluriprofessionnelle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réunion de travail sur les protocoles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revue des événements indésirables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réunion d'organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Situation de patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Événement indésirable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Travail sur un protocole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>réunion {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La date de la réunion est obligatoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type de réunion inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le nom est obligatoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisissez une profession dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type de point inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La durée prévue va de 1 à 480 minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consentement inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le compte rendu de la réunion du {date} est clos : il ne peut plus être modifié. Ajoutez une rectification.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La rectification est vide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Présence inconnue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Durée impossible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette réunion est déjà marquée comme tenue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marquez d'abord la réunion comme tenue avant de clore son compte rendu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seule une réunion prévue, sans suivi de décisions, peut être supprimée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le compte rendu n'est pas clos : modifiez-le directement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce professionnel est déjà invité.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Protocole introuvable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce point porte des décisions : supprimez-les d'abord.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouté : {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimé : {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Déplacé : {label} (position {old} → {new})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifié : {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Section « {title} » ajoutée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Section « {title} » supprimée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Section « {title} » modifiée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Étapes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicateurs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Références</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(sans titre)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune modification.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(déplacé, position {old} → {new})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le code {code} est déjà utilisé par un autre protocole. Choisissez-en un autre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette version est figée (validée, remplacée ou archivée). Révisez-la pour la modifier : une nouvelle version brouillon sera créée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette version est en cours de validation : elle ne peut plus être modifiée. Pour la corriger, un validateur doit la refuser (retour en brouillon).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette version n'est pas soumise à validation : soumettez-la d'abord.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette version est déjà validée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette version ne peut pas être soumise ; à régler d'abord :
{problems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le code compte 1 à 32 caractères : lettres sans accent, chiffres, tiret ou soulignement (par exemple DIAB-01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thème ACI inconnu : choisissez-le dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approuve cette version du protocole.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indiquez la raison du refus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indiquez ce qui motive la révision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Texte trop long ({size} caractères, au plus {limit}). Rien n'a été enregistré.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisissez un professionnel actif de l'équipe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} n'a pas encore de code personnel : définissez-le dans la fiche de l'équipe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code personnel incorrect.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La prochaine date de révision doit être postérieure à aujourd'hui.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette version est déjà soumise à validation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} a déjà signé cette version : une autre signature est nécessaire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce protocole est déjà archivé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seule la version validée en vigueur peut être marquée « relue, sans modification ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Professionnel inconnu dans le groupe de travail ({ids}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce protocole est archivé : il ne peut plus être modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La version {number} est déjà en cours (brouillon ou en validation) : terminez-la avant d'en ouvrir une autre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce protocole n'a pas de version validée en vigueur (remplacée ou archivée) : il ne peut pas être révisé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La restauration a échoué : {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette base de données a été créée par une version plus récente de ProtoEdit ({version}). Installez cette version pour l'ouvrir ; rien n'a été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le dossier {path} n'existe pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La base de données doit être mise à jour avant usage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La base de données est verrouillée par un autre programme. Réessayez dans un instant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La base de données est en lecture seule : impossible d'enregistrer. Vérifiez les droits du fichier {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le fichier {path} n'est pas une base ProtoEdit lisible (fichier endommagé ou d'un autre type). Il n'a pas été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impossible d'ouvrir la base de données {path} : dossier absent ou inaccessible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le serveur PostgreSQL a refusé l'identifiant ou le mot de passe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le serveur PostgreSQL {host} est injoignable. Vérifiez le réseau et l'adresse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La base « {database} » n'existe pas sur le serveur PostgreSQL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le serveur PostgreSQL a signalé une erreur : {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le nom de la structure est obligatoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type de structure inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le code personnel compte au moins 4 chiffres.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>ProtoEdit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rechargez pour voir la version enregistrée sur l'autre poste ; votre saisie n'a pas été enregistrée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Titre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Référent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Où</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alerte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Définition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source des données</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fréquence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Responsable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Référence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adresse</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>library</name>
    <message>
      <source>Protocole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coopération</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réunion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brouillon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En relecture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remplacé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archivé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prévue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clôturée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Déclarée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terminée</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sections</name>
    <message>
      <source>Problème identifié</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Questions des professionnels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Objectifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Population : critères d'inclusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Population : critères d'exclusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repérage et signalement dans le logiciel patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Points critiques</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signes d'alerte et orientation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Communication entre professionnels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Messages clés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outils pour les patients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mémo pour les professionnels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>steps</name>
    <message>
      <source>Repérer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Évaluer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intervenir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suivre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alerter</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
