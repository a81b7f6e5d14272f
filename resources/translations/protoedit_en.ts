<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Équipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Fichier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Affichage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agrandir le texte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réduire le texte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taille normale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Aide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À propos de ProtoEdit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ProtoEdit {version}
Protocoles pluriprofessionnels, protocoles de coopération et réunions de concertation.
Base : {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Poste : {who}</source>
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
      <source>Le nom est obligatoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisissez une profession dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le code personnel compte au moins 4 chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Texte trop long ({size} caractères, au plus {limit}). Rien n'a été enregistré.</source>
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
