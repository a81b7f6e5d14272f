<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
  <context>
    <name>AciYearView</name>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="82" />
      <location filename="../../ui/meetings/aci_view.py" line="132" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="83" />
      <source>Exporter en PDF</source>
      <translation>Export to PDF</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="84" />
      <source>Exporter en CSV (Excel)</source>
      <translation>Export to CSV (Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="88" />
      <source>non saisi</source>
      <translation>not entered</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="91" />
      <source>Patients de 75 ans ou plus ou en ALD de la patientèle médecin traitant</source>
      <translation>Patients aged 75 or over or with ALD registered with a practice GP</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="94" />
      <source>Le dénominateur de la règle des 5 % : nombre de patients de 75 ans ou plus ou en ALD ayant déclaré un médecin traitant de la structure, pour l'année choisie.</source>
      <translation>The denominator of the 5% rule: the number of patients aged 75 or over or with ALD who have declared a GP of the practice as their regular doctor, for the chosen year.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="99" />
      <source>Enregistrer le nombre de patients</source>
      <translation>Save the number of patients</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="103" />
      <source>Critère (termes du contrat)</source>
      <translation>Criterion (contract terms)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="104" />
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="105" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="106" />
      <source>Euros</source>
      <translation>Euros</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="107" />
      <source>Ce qui manque</source>
      <translation>What's missing</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="120" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="120" />
      <source>Réunion</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="120" />
      <source>Cas discutés</source>
      <translation>Cases discussed</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="123" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="124" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="125" />
      <source>Thème ACI</source>
      <translation>ACI theme</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="126" />
      <source>En vigueur depuis</source>
      <translation>In force since</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="145" />
      <source>Réunions de concertation tenues</source>
      <translation>Concertation meetings held</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="146" />
      <source>Protocoles en vigueur sur les thèmes de l'annexe 3</source>
      <translation>Protocols in force on Appendix 3 themes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="174" />
      <source>Saisissez un nombre de patients (1 ou plus).</source>
      <translation>Enter a number of patients (1 or more).</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="190" />
      <source>à saisir pour la règle des 5 %</source>
      <translation>to be entered for the 5% rule</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="259" />
      <source>Enregistrer le bilan ACI</source>
      <translation>Save the ACI report</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="273" />
      <source>Enregistrer le bilan ACI (CSV)</source>
      <translation>Save the ACI report (CSV)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="275" />
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="181" />
      <source>Patients de 75 ans ou plus ou en ALD (patientèle médecin traitant) en {year} :</source>
      <translation>Patients aged 75 or over or with ALD (registered with a practice GP) in {year}:</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="211" />
      <source>Termes du contrat. {concertation} {protocols}</source>
      <translation>Contract terms. {concertation} {protocols}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="223" />
      <source> Certains chiffres restent à vérifier.</source>
      <translation> Some figures are still to be checked.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="286" />
      <source>CSV enregistré : {name}</source>
      <translation>CSV saved: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="188" />
      <source>saisi par {who} le {date}</source>
      <translation>entered by {who} on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="220" />
      <source>Chiffres du catalogue, en vigueur depuis le {date} : {source}.</source>
      <translation>Catalogue figures, in force since {date}: {source}.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/aci_view.py" line="165" />
      <source>PDF enregistré : {name}</source>
      <translation>PDF saved: {name}</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="204" />
      <source>Activité mensuelle</source>
      <translation>Monthly activity</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="207" />
      <source>Des nombres seulement : aucune identité de patient n'est enregistrée. Les mois antérieurs au début du protocole ne se saisissent pas.</source>
      <translation>Numbers only: no patient identity is recorded. Months before the protocol start cannot be entered.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="214" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
  </context>
  <context>
    <name>AfterPage</name>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="31" />
      <source>Exporter le compte rendu (PDF)</source>
      <translation>Export the minutes (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="32" />
      <source>Ouvrir le dernier PDF</source>
      <translation>Open the latest PDF</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="36" />
      <source>Rectifications</source>
      <translation>Amendments</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="38" />
      <source>Rectification du compte rendu clos</source>
      <translation>Amendment to the closed minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="41" />
      <source>Ajouter la rectification</source>
      <translation>Add the amendment</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="42" />
      <source>Compte rendu</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="50" />
      <source>Rectifications après clôture</source>
      <translation>Amendments after closing</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="83" />
      <source>Aucune rectification.</source>
      <translation>No amendments.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="76" />
      <source>Compte rendu en cours : le PDF porte la mention BROUILLON jusqu'à la clôture.</source>
      <translation>Minutes in progress: the PDF is marked DRAFT until they are closed.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/after_page.py" line="69" />
      <source>Compte rendu clos le {date} : il ne se modifie plus, les corrections sont des rectifications signées.</source>
      <translation>Minutes closed on {date}: they can no longer be edited; corrections are made as signed amendments.</translation>
    </message>
  </context>
  <context>
    <name>ApprovalDialog</name>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="49" />
      <source>Signataire</source>
      <translation>Signatory</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="53" />
      <source>Code personnel</source>
      <translation>Personal code</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="29" />
      <source>Refuser cette version</source>
      <translation>Reject this version</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="29" />
      <source>Approuver cette version</source>
      <translation>Approve this version</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="41" />
      <source>J'approuve ce protocole pour ma profession.</source>
      <translation>I approve this protocol for my profession.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="51" />
      <source>Motif du refus</source>
      <translation>Reason for rejection</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="51" />
      <source>Sens de la signature</source>
      <translation>Signature statement</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="84" />
      <source>Code oublié ? La coordination peut le réinitialiser dans l'écran Équipe (fiche de la personne, « Code personnel ») ; un nouveau code s'y définit.</source>
      <translation>Forgotten your code? The coordination team can reset it on the Team screen (the person's record, “Personal code”); a new code is set there.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/approval_dialog.py" line="76" />
      <source>{name} n'a pas encore de code personnel. Il se définit dans l'écran Équipe : choisissez la fiche de {name}, groupe « Code personnel ».</source>
      <translation>{name} has no personal code yet. It is set on the Team screen: choose {name}'s record, “Personal code” group.</translation>
    </message>
  </context>
  <context>
    <name>BeforePage</name>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="44" />
      <location filename="../../ui/meetings/before_page.py" line="77" />
      <source>Ordre du jour</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="57" />
      <source>&amp;Ajouter des points…</source>
      <translation>&amp;Add items…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="58" />
      <source>Ajouter des points à l'ordre du jour (Alt+A)</source>
      <translation>Add items to the agenda (Alt+A)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="59" />
      <source>Modifier le point…</source>
      <translation>Edit the item…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="60" />
      <source>Modifier le point choisi (Entrée ou double-clic)</source>
      <translation>Edit the selected item (Enter or double-click)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="62" />
      <source>Décisions précédentes à suivre</source>
      <translation>Previous decisions to follow up</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="63" />
      <source>Exporter l'ordre du jour (PDF)</source>
      <translation>Export the agenda (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="64" />
      <source>Envoyer l'invitation</source>
      <translation>Send the invitation</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="66" />
      <source>Crée l'ordre du jour (PDF) et l'invitation pour les agendas (.ics), puis ouvre votre messagerie avec les adresses des invités et le dossier des deux fichiers à joindre. ProtoEdit n'envoie rien lui-même.</source>
      <translation>Creates the agenda (PDF) and the calendar invitation (.ics), then opens your e-mail program with the invitees' addresses and the folder holding both files to attach. ProtoEdit sends nothing itself.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="95" />
      <source>Suivi des décisions des réunions précédentes</source>
      <translation>Follow-up of decisions from previous meetings</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="175" />
      <source>Aucun point à l'ordre du jour.</source>
      <translation>No items on the agenda.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="178" />
      <source>Total prévu : {n} min ({start} – {end})</source>
      <translation>Planned total: {n} min ({start} – {end})</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="182" />
      <source> · temps passé : {n} min</source>
      <translation> · time spent: {n} min</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/before_page.py" line="160" />
      <source>Point de l'ordre du jour — réunion du {date}</source>
      <translation>Agenda item — meeting of {date}</translation>
    </message>
  </context>
  <context>
    <name>ChangesPanel</name>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="56" />
      <source>Qui a lu</source>
      <translation>Read by</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="58" />
      <source>Qui a lu cette version (la personne de ce poste par défaut)</source>
      <translation>Who read this version (this PC's user by default)</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="60" />
      <source>J'ai lu cette version</source>
      <translation>I have read this version</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="62" />
      <source>Enregistrer que cette version a été lue (Ctrl+L)</source>
      <translation>Record that this version has been read (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="132" />
      <source>Première version de ce protocole : lisez-le en entier.</source>
      <translation>First version of this protocol: read it in full.</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="65" />
      <source>Lu par :</source>
      <translation>Read by:</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="112" />
      <source>Lecture de cette version</source>
      <translation>Reading of this version</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="124" />
      <source>Ce qui a changé pour vous ({profession})</source>
      <translation>What changed for you ({profession})</translation>
    </message>
    <message>
      <location filename="../../ui/consult/changes_panel.py" line="126" />
      <source> depuis la version {n}</source>
      <translation> since version {n}</translation>
    </message>
  </context>
  <context>
    <name>ConflictBox</name>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="62" />
      <source>Ma version</source>
      <translation>My version</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="63" />
      <source>Version de l'autre poste</source>
      <translation>The other PC's version</translation>
    </message>
  </context>
  <context>
    <name>ConsultView</name>
    <message>
      <location filename="../../ui/consult/view.py" line="64" />
      <source>Ma profession</source>
      <translation>My profession</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="67" />
      <source>Accueil</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="69" />
      <source>Revenir à la page d'accueil : protocoles changés pour votre profession (Alt+Origine)</source>
      <translation>Back to the home page: protocols changed for your profession (Alt+Home)</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="78" />
      <source>A−</source>
      <translation>A−</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="79" />
      <source>Texte plus petit</source>
      <translation>Smaller text</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="80" />
      <source>A+</source>
      <translation>A+</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="81" />
      <source>Texte plus grand</source>
      <translation>Larger text</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="84" />
      <source>Imprimer le mémo… (Ctrl+P)</source>
      <translation>Print the memo… (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="86" />
      <source>Imprimer le mémo de ma profession (Ctrl+P)</source>
      <translation>Print the memo for my profession (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="87" />
      <source>Enregistrer le mémo en PDF…</source>
      <translation>Save the memo as PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="197" />
      <source>Toutes les professions</source>
      <translation>All professions</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="103" />
      <source>Ma profession :</source>
      <translation>My profession:</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="181" />
      <source>Revenir à la version validée</source>
      <translation>Back to the approved version</translation>
    </message>
    <message>
      <location filename="../../ui/consult/view.py" line="183" />
      <source>Voir le brouillon (non validé)</source>
      <translation>View the draft (not approved)</translation>
    </message>
  </context>
  <context>
    <name>ConsultWindow</name>
    <message>
      <location filename="../../ui/consult/window.py" line="25" />
      <source>ProtoEdit — consultation</source>
      <translation>ProtoEdit — quick reference</translation>
    </message>
    <message>
      <location filename="../../ui/consult/window.py" line="29" />
      <source>Recherche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../ui/consult/window.py" line="33" />
      <source>Inclure les brouillons</source>
      <translation>Include drafts</translation>
    </message>
    <message>
      <location filename="../../ui/consult/window.py" line="36" />
      <source>Chercher aussi dans les protocoles pas encore validés (affichés comme tels ; à ne pas appliquer)</source>
      <translation>Also search protocols not yet approved (shown as such; not to be applied)</translation>
    </message>
    <message>
      <location filename="../../ui/consult/window.py" line="60" />
      <source>Les réunions et décisions s'ouvrent dans la fenêtre principale.</source>
      <translation>Meetings and decisions open in the main window.</translation>
    </message>
  </context>
  <context>
    <name>CooperationView</name>
    <message>
      <location filename="../../ui/cooperation/view.py" line="52" />
      <source>Déclarations de protocoles de coopération</source>
      <translation>Cooperation protocol declarations</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/view.py" line="53" />
      <source>Nouvelle déclaration</source>
      <translation>New declaration</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/view.py" line="54" />
      <source>Protocoles de l'équipe…</source>
      <translation>Team protocols…</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/view.py" line="60" />
      <source>Déclaration</source>
      <translation>Declaration</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/view.py" line="61" />
      <source>Équipe et historique</source>
      <translation>Team and history</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/view.py" line="62" />
      <source>Activité mensuelle</source>
      <translation>Monthly activity</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/view.py" line="63" />
      <source>Bilan annuel</source>
      <translation>Annual report</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/view.py" line="67" />
      <source>&lt;b&gt;Protocoles de coopération déclarés&lt;/b&gt;</source>
      <translation>&lt;b&gt;Declared cooperation protocols&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>CycleDialog</name>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="53" />
      <source>Révision ouverte</source>
      <translation>Revision opened</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="105" />
      <source>Onglet précédent / suivant : Ctrl+PgUp / Ctrl+PgDn</source>
      <translation>Previous / next tab: Ctrl+PgUp / Ctrl+PgDn</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="111" />
      <location filename="../../ui/quality/cycle_dialog.py" line="301" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="113" />
      <source>Enregistrer le cycle (Ctrl+S)</source>
      <translation>Save the cycle (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="115" />
      <source>Enregistrer et fermer</source>
      <translation>Save and close</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="117" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="54" />
      <source>Le brouillon {code} v{n} est créé ; sa note de révision cite le cycle.
L'ouvrir dans l'éditeur ?</source>
      <translation>The draft {code} v{n} is created; its change note cites the cycle.
Open it in the editor?</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="101" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="101" />
      <source>Do</source>
      <translation>Do</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="101" />
      <source>Study</source>
      <translation>Study</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="101" />
      <source>Act</source>
      <translation>Act</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="294" />
      <source>Cycle PDSA</source>
      <translation>PDSA cycle</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="295" />
      <source>Des modifications ne sont pas enregistrées.</source>
      <translation>Some changes are not saved.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="302" />
      <source>Ne pas enregistrer</source>
      <translation>Don't save</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="303" />
      <source>Continuer la saisie</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="201" />
      <source>Cycle PDSA {n} — {code} {title}</source>
      <translation>PDSA cycle {n} — {code} {title}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="205" />
      <source>Nouveau cycle PDSA — {code} {title}</source>
      <translation>New PDSA cycle — {code} {title}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="210" />
      <source>Étape : {stage}</source>
      <translation>Stage: {stage}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_dialog.py" line="242" />
      <source>Révision ouverte : {code} v{n}</source>
      <translation>Revision opened: {code} v{n}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="110" />
      <source>Ce que l'équipe veut améliorer</source>
      <translation>What the team wants to improve</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="111" />
      <source>La question à laquelle le test répond</source>
      <translation>The question the test answers</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="112" />
      <source>Ce que l'équipe s'attend à voir</source>
      <translation>What the team expects to see</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="113" />
      <source>Le changement mis à l'essai</source>
      <translation>The change being tested</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="114" />
      <source>Qui fait quoi, quand, où</source>
      <translation>Who does what, when, where</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="116" />
      <source>Indicateurs suivis</source>
      <translation>Indicators followed</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="118" />
      <source>But</source>
      <translation>Aim</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="119" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="120" />
      <source>Prédiction</source>
      <translation>Prediction</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="121" />
      <source>Changement testé</source>
      <translation>Change tested</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="122" />
      <source>Qui / quand / où</source>
      <translation>Who / when / where</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="123" />
      <source>Indicateurs</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="125" />
      <source>État des lieux du microsystème</source>
      <translation>The microsystem's current state</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="130" />
      <source>Les 5 P : finalité, patients, professionnels, processus, habitudes et résultats (facultatif)</source>
      <translation>The 5 Ps: purpose, patients, professionals, processes, patterns (optional)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="139" />
      <source>Finalité</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="140" />
      <source>Patients</source>
      <translation>Patients</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="141" />
      <source>Professionnels</source>
      <translation>Professionals</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="142" />
      <source>Processus</source>
      <translation>Processes</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="143" />
      <source>Habitudes et résultats</source>
      <translation>Patterns</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="194" />
      <location filename="../../ui/quality/cycle_tabs.py" line="195" />
      <source>non renseigné</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="198" />
      <source>Ce qui s'est passé pendant le test</source>
      <translation>What happened during the test</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="199" />
      <source>Problèmes et observations imprévues</source>
      <translation>Problems and unexpected observations</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="200" />
      <source>Début du test</source>
      <translation>Test start</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="201" />
      <source>Fin du test</source>
      <translation>Test end</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="202" />
      <source>Ce qui s'est passé</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="203" />
      <source>Problèmes</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="212" />
      <source>Les résultats, comparés à la prédiction</source>
      <translation>The results, compared with the prediction</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="250" />
      <source>Pourquoi cette décision, ce qui change</source>
      <translation>Why this decision, what changes</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="251" />
      <source>Le prochain test, s'il y en a un</source>
      <translation>The next test, if any</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="252" />
      <source>Ouvrir une révision du protocole</source>
      <translation>Open a protocol revision</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="254" />
      <source>Après « adopter » ou « adapter » : un nouveau brouillon du protocole dont la note de révision cite ce cycle</source>
      <translation>After "adopt" or "adapt": a new draft of the protocol whose change note cites this cycle</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="261" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="262" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="263" />
      <source>Cycle suivant</source>
      <translation>Next cycle</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="197" />
      <source>Flèche haut : une date ; jour le plus ancien : non renseigné</source>
      <translation>Up arrow: a date; earliest day: not given</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="213" />
      <source>Résultats comparés à la prédiction</source>
      <translation>Results compared with the prediction</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="215" />
      <source>Indicateurs du cycle</source>
      <translation>The cycle's indicators</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="241" />
      <source>Adopter</source>
      <translation>Adopt</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="242" />
      <source>Adapter</source>
      <translation>Adapt</translation>
    </message>
    <message>
      <location filename="../../ui/quality/cycle_tabs.py" line="243" />
      <source>Abandonner</source>
      <translation>Abandon</translation>
    </message>
  </context>
  <context>
    <name>DecisionsBoard</name>
    <message>
      <location filename="../../ui/meetings/board.py" line="42" />
      <location filename="../../ui/meetings/board.py" line="60" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="53" />
      <source>Décisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="55" />
      <source>Un mot de suivi (facultatif)</source>
      <translation>Follow-up note (optional)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="56" />
      <source>Marquer faite</source>
      <translation>Mark as done</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="57" />
      <source>Voir le cycle PDSA</source>
      <translation>See the PDSA cycle</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="58" />
      <source>Le cycle PDSA lancé à partir de la décision</source>
      <translation>The PDSA cycle started from the decision</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="73" />
      <location filename="../../ui/meetings/board.py" line="127" />
      <source>Tous les responsables</source>
      <translation>All owners</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="45" />
      <source>À faire (en cours, en retard, reportées)</source>
      <translation>To do (open, overdue, postponed)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="46" />
      <source>En retard</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="47" />
      <source>Faites</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="48" />
      <source>Toutes</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="62" />
      <source>Afficher</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/board.py" line="89" />
      <source>{open} en cours · {overdue} en retard · {done} faites</source>
      <translation>{open} open · {overdue} overdue · {done} done</translation>
    </message>
  </context>
  <context>
    <name>DecisionsBox</name>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="51" />
      <source>Décisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="53" />
      <source>Décisions du point</source>
      <translation>Decisions on this item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="56" />
      <source>Nouvelle décision : l'action, puis Entrée</source>
      <translation>New decision: type the action, then Enter</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="57" />
      <source>Texte de la décision</source>
      <translation>Decision text</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="59" />
      <source>Entrée : ajouter la décision, ou enregistrer celle en cours de modification</source>
      <translation>Enter: add the decision, or save the one being corrected</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="68" />
      <source>Responsable : un membre de l'équipe, ou un nom libre</source>
      <translation>Owner: a team member, or any name</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="73" />
      <source>sans échéance</source>
      <translation>no due date</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="75" />
      <location filename="../../ui/meetings/decisions_box.py" line="307" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="76" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="77" />
      <source>Quitter la modification sans l'enregistrer (Échap)</source>
      <translation>Leave the correction without saving it (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="79" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="81" />
      <source>Reprendre la décision sélectionnée dans la ligne de saisie pour la corriger (F2, Entrée ou double-clic sur la décision)</source>
      <translation>Bring the selected decision back into the entry line to correct it (F2, Enter or double-click on the decision)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="86" />
      <source>Supprimer la décision</source>
      <translation>Delete the decision</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="87" />
      <source>Ouvrir une révision du protocole</source>
      <translation>Open a protocol revision</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="88" />
      <location filename="../../ui/meetings/decisions_box.py" line="194" />
      <source>Lancer un cycle PDSA</source>
      <translation>Start a PDSA cycle</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="90" />
      <source>La décision (sélectionnée, sinon la dernière) devient le but d'un cycle PDSA du protocole</source>
      <translation>The decision (selected, else the latest) becomes the aim of a PDSA cycle of the protocol</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="234" />
      <source>Décision ajoutée.</source>
      <translation>Decision added.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="264" />
      <source>Modification : Entrée enregistre, Échap annule.</source>
      <translation>Correcting: Enter saves, Esc cancels.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="288" />
      <source>Décision modifiée.</source>
      <translation>Decision corrected.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="295" />
      <source>Modification annulée.</source>
      <translation>Correction cancelled.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="194" />
      <source>Voir le cycle PDSA</source>
      <translation>See the PDSA cycle</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="283" />
      <source>Modification non enregistrée.</source>
      <translation>Correction not saved.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="307" />
      <source>Enregistrer la modification</source>
      <translation>Save the correction</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="310" />
      <source>Enregistrer la décision corrigée (Entrée dans le champ de l'action)</source>
      <translation>Save the corrected decision (Enter in the action field)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="312" />
      <source>Ajouter la décision (Entrée dans le champ de l'action)</source>
      <translation>Add the decision (Enter in the action field)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="332" />
      <source>Révision ouverte : un nouveau brouillon du protocole cite cette réunion et cette décision.</source>
      <translation>Revision opened: a new draft of the protocol cites this meeting and this decision.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="350" />
      <source>Cycle PDSA lancé à partir de la décision.</source>
      <translation>PDSA cycle started from the decision.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/decisions_box.py" line="284" />
      <source>Votre saisie est gardée.</source>
      <translation>What you typed is kept.</translation>
    </message>
  </context>
  <context>
    <name>DeclarationForm</name>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="50" />
      <source>1. Protocole, structure et déclarant</source>
      <translation>1. Protocol, practice and declarant</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="58" />
      <source>Protocole de coopération</source>
      <translation>Cooperation protocol</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="64" />
      <source>Renseigner la formation requise…</source>
      <translation>Enter the required training…</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="66" />
      <source>Le catalogue ne donne pas cette durée : indiquez-la d'après le texte officiel.</source>
      <translation>The catalogue does not give this length: enter it from the official text.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="72" />
      <source>connue</source>
      <translation>known</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="75" />
      <location filename="../../ui/cooperation/declaration_form.py" line="98" />
      <location filename="../../ui/cooperation/declaration_form.py" line="312" />
      <source>Référent déclarant</source>
      <translation>Declaring lead</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="85" />
      <source>Enregistrer la déclaration</source>
      <translation>Save the declaration</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="95" />
      <location filename="../../ui/cooperation/declaration_form.py" line="311" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="96" />
      <location filename="../../ui/cooperation/declaration_form.py" line="315" />
      <source>Début de mise en œuvre</source>
      <translation>Start of implementation</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="97" />
      <source>Structure</source>
      <translation>Practice</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="99" />
      <location filename="../../ui/cooperation/declaration_form.py" line="313" />
      <source>Représentant légal</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="100" />
      <location filename="../../ui/cooperation/declaration_form.py" line="314" />
      <source>Contact du représentant</source>
      <translation>Representative's contact</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="106" />
      <location filename="../../ui/cooperation/declaration_form.py" line="316" />
      <source>Répartition (€ par patient)</source>
      <translation>Split (€ per patient)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="130" />
      <source>— choisir un protocole —</source>
      <translation>— choose a protocol —</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="137" />
      <source>— choisir le membre qui déclare —</source>
      <translation>— choose the declaring member —</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="189" />
      <source>Formation requise : à renseigner (inconnue dans le catalogue)</source>
      <translation>Required training: to be entered (not in the catalogue)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="204" />
      <source>Durée de formation requise</source>
      <translation>Required training length</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="301" />
      <source>Corrigez les champs signalés.</source>
      <translation>Correct the highlighted fields.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="321" />
      <source>Déclaration</source>
      <translation>Declaration</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="102" />
      <source>délégué</source>
      <translation>delegated</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="104" />
      <source>délégant</source>
      <translation>delegating</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="132" />
      <source>national</source>
      <translation>national</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="132" />
      <source>équipe</source>
      <translation>team</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="144" />
      <source>Non renseignée : complétez l'écran Équipe.</source>
      <translation>Not filled in: complete the Team screen.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="194" />
      <source>Formation requise : {h} h (renseignée par l'équipe le {date}, {who})</source>
      <translation>Required training: {h} h (entered by the team on {date}, {who})</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="329" />
      <source>Non enregistrée : conflit avec l'autre poste.</source>
      <translation>Not saved: conflict with the other PC.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="163" />
      <source>Délégant : {p}</source>
      <translation>Delegating: {p}</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="166" />
      <source>Délégués : {p}</source>
      <translation>Delegated: {p}</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="169" />
      <source>Patients : {ages}</source>
      <translation>Patients: {ages}</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="193" />
      <source>Formation requise : {h} h (catalogue)</source>
      <translation>Required training: {h} h (catalogue)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="206" />
      <source>Durée de formation exigée des délégués par la version du {date} de ce protocole, en heures, d'après le texte officiel.
Elle sera datée d'aujourd'hui et signée de votre nom.</source>
      <translation>Training length required of delegated professionals by the {date} version of this protocol, in hours, from the official text.
It will be dated today and signed with your name.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="295" />
      <source>Enregistrée à {time}.</source>
      <translation>Saved at {time}.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="345" />
      <source>délégué {a} €, délégant {b} €</source>
      <translation>delegated {a} €, delegating {b} €</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="175" />
      <source>Forfait : {eur} (par défaut {a} délégué, {b} délégant)</source>
      <translation>Flat fee: {eur} (default {a} delegated, {b} delegating)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="148" />
      <source>FINESS {n}</source>
      <translation>FINESS {n}</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_form.py" line="149" />
      <source>SIRET {n}</source>
      <translation>SIRET {n}</translation>
    </message>
  </context>
  <context>
    <name>DeclarationPage</name>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="48" />
      <source>Problèmes à corriger avant de déclarer</source>
      <translation>Problems to fix before declaring</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="50" />
      <source>Prête à déclarer</source>
      <translation>Ready to declare</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="52" />
      <source>Après le dépôt sur la démarche en ligne, indiquez sa date et marquez la déclaration comme déposée.</source>
      <translation>After filing through the online procedure, enter the filing date and mark the declaration as filed.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="57" />
      <source>Exporter le dossier de déclaration (PDF)…</source>
      <translation>Export the declaration pack (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="58" />
      <source>Supprimer ce brouillon</source>
      <translation>Delete this draft</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="60" />
      <source>3. Contrôles avant la déclaration</source>
      <translation>3. Checks before declaring</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="205" />
      <source>Supprimer le brouillon</source>
      <translation>Delete the draft</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="206" />
      <source>Supprimer ce brouillon de déclaration et sa liste de membres ?</source>
      <translation>Delete this draft declaration and its list of members?</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="217" />
      <source>Dossier de déclaration</source>
      <translation>Declaration pack</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="67" />
      <source>Déposée le</source>
      <translation>Filed on</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="128" />
      <source>Enregistrez la déclaration pour la vérifier.</source>
      <translation>Save the declaration to check it.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/cooperation/declaration_page.py" line="136" />
      <source>%n problème(s) à corriger avant de déclarer (l'enregistrement reste possible) :</source>
      <translation>
        <numerusform>%n problem to fix before declaring (you can still save):</numerusform>
        <numerusform>%n problems to fix before declaring (you can still save):</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="236" />
      <source>Dossier enregistré : {path}</source>
      <translation>Pack saved: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="146" />
      <source>L'équipe actuelle remplit toutes les conditions.</source>
      <translation>The current team meets all the requirements.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="148" />
      <source>Aucun problème : la déclaration est prête.</source>
      <translation>No problems: the declaration is ready.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/declaration_page.py" line="160" />
      <source>Déclaration déposée le {date}. Tout changement de membres est désormais une modification d'équipe datée.</source>
      <translation>Declaration filed on {date}. Any change of members is now a dated team change.</translation>
    </message>
    <message>
      <source>{n} problème(s) à corriger avant de déclarer (l'enregistrement reste possible) :</source>
      <translation type="vanished">{n} problem(s) to fix before declaring (you can still save):</translation>
    </message>
  </context>
  <context>
    <name>DeclarationsModel</name>
    <message numerus="yes">
      <location filename="../../ui/cooperation/models.py" line="97" />
      <source>%n membre(s)</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="95" />
      <source>début non fixé</source>
      <translation>start not set</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="93" />
      <source>début {date}</source>
      <translation>starts {date}</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="91" />
      <source>le {date}</source>
      <translation>on {date}</translation>
    </message>
    <message>
      <source>{n} membre(s)</source>
      <translation type="vanished">{n} member(s)</translation>
    </message>
  </context>
  <context>
    <name>DuringPage</name>
    <message>
      <location filename="../../ui/meetings/during_page.py" line="56" />
      <source>◀ Point précédent</source>
      <translation>◀ Previous item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/during_page.py" line="57" />
      <source>Point suivant ▶</source>
      <translation>Next item ▶</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/during_page.py" line="58" />
      <location filename="../../ui/meetings/during_page.py" line="192" />
      <source>Mode présentation</source>
      <translation>Presentation mode</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/during_page.py" line="60" />
      <source>Grands caractères pour l'écran projeté (F5)</source>
      <translation>Large type for the projected screen (F5)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/during_page.py" line="192" />
      <source>Quitter la présentation</source>
      <translation>Exit presentation</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/during_page.py" line="117" />
      <source>Réunion du {date}</source>
      <translation>Meeting of {date}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/during_page.py" line="127" />
      <source>Suivi des décisions précédentes ({n})</source>
      <translation>Follow-up of previous decisions ({n})</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPage</name>
    <message>
      <location filename="../../ui/protocol/pages.py" line="212" />
      <source>Date de révision prévue</source>
      <translation>Planned review date</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="188" />
      <source>&lt;b&gt;Indicateurs d'évaluation&lt;/b&gt;</source>
      <translation>&lt;b&gt;Evaluation indicators&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="189" />
      <source>&lt;b&gt;Références (avec leur date)&lt;/b&gt;</source>
      <translation>&lt;b&gt;References (with their date)&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="195" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="196" />
      <source>Supprimer la ligne</source>
      <translation>Delete the row</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="168" />
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="169" />
      <source>Définition / formule</source>
      <translation>Definition / formula</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="170" />
      <source>Cible</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="171" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="172" />
      <source>Fréquence</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="173" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="179" />
      <source>Référence</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="180" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="181" />
      <source>Lien</source>
      <translation>Link</translation>
    </message>
  </context>
  <context>
    <name>FollowUpPanel</name>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="31" />
      <source>Suivi des décisions des réunions précédentes</source>
      <translation>Follow-up of decisions from previous meetings</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="33" />
      <source>Décisions à suivre</source>
      <translation>Decisions to follow up</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="37" />
      <source>Un mot de pourquoi (obligatoire pour reporter ou annuler)</source>
      <translation>Why? (required to postpone or cancel)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="39" />
      <source>Faite</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="40" />
      <source>Reportée</source>
      <translation>Postpone</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="41" />
      <source>Annulée</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="42" />
      <source>Rouvrir</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="43" />
      <source>Aucune décision en attente des réunions précédentes.</source>
      <translation>No pending decisions from previous meetings.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/followup_panel.py" line="95" />
      <source>Indiquez en quelques mots pourquoi.</source>
      <translation>Say why in a few words.</translation>
    </message>
  </context>
  <context>
    <name>GroupPage</name>
    <message>
      <location filename="../../ui/protocol/pages.py" line="105" />
      <source>Groupe de travail</source>
      <translation>Working group</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="110" />
      <source>&lt;b&gt;Groupe de travail&lt;/b&gt; (cochez les membres)</source>
      <translation>&lt;b&gt;Working group&lt;/b&gt; (tick the members)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="113" />
      <source>&lt;b&gt;Réunions ayant travaillé sur ce protocole&lt;/b&gt;</source>
      <translation>&lt;b&gt;Meetings that worked on this protocol&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="152" />
      <source>Aucune réunion liée pour l'instant.</source>
      <translation>No linked meetings yet.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="150" />
      <source>Total : {n} min</source>
      <translation>Total: {n} min</translation>
    </message>
  </context>
  <context>
    <name>HistoryPage</name>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="46" />
      <source>Modifications d'équipe</source>
      <translation>Team changes</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="47" />
      <source>PDF de la modification d'équipe…</source>
      <translation>Team change PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="51" />
      <source>Équipe à la date choisie</source>
      <translation>Team on the chosen date</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="53" />
      <source>Modifications d'équipe déclarées</source>
      <translation>Declared team changes</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="61" />
      <source>Équipe à une date</source>
      <translation>Team on a date</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="83" />
      <source>Après la déclaration, chaque arrivée ou départ enregistré dans l'onglet Déclaration devient une modification d'équipe datée, à déclarer de nouveau.</source>
      <translation>After the declaration, each arrival or departure recorded in the Declaration tab becomes a dated team change, to be declared again.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="117" />
      <source>Modification d'équipe</source>
      <translation>Team change</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/history_page.py" line="64" />
      <source>Équipe au</source>
      <translation>Team on</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/cooperation/history_page.py" line="109" />
      <source>%n membre(s) le {date}</source>
      <translation>
        <numerusform>%n member on {date}</numerusform>
        <numerusform>%n members on {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} membre(s) le {date}</source>
      <translation type="vanished">{n} member(s) on {date}</translation>
    </message>
  </context>
  <context>
    <name>IdentityPage</name>
    <message>
      <location filename="../../ui/protocol/pages.py" line="79" />
      <source>Hors annexe 3 de l'ACI</source>
      <translation>Outside ACI Appendix 3</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="83" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="84" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/pages.py" line="85" />
      <source>Thème ACI</source>
      <translation>ACI theme</translation>
    </message>
  </context>
  <context>
    <name>InviteesBox</name>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="45" />
      <source>Inviter</source>
      <translation>Invite</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="46" />
      <source>Inviter toute l'équipe et les partenaires</source>
      <translation>Invite the whole team and partners</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="48" />
      <source>Invite en un clic chaque membre actif de l'annuaire, partenaires extérieurs compris</source>
      <translation>Invites every active member of the directory in one click, external partners included</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="54" />
      <source>Partenaire extérieur : nom</source>
      <translation>External partner: name</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="56" />
      <source>— profession —</source>
      <translation>— profession —</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="59" />
      <source>Inviter le partenaire</source>
      <translation>Invite the partner</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="84" />
      <source>— membre de l'équipe —</source>
      <translation>— team member —</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="125" />
      <source>Présent</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="126" />
      <source>Excusé</source>
      <translation>Apologies</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="127" />
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="40" />
      <source>Présences</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="40" />
      <source>Professionnels invités</source>
      <translation>Invited professionals</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="104" />
      <source> · partenaire</source>
      <translation> · partner</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="99" />
      <source>Personne n'est encore invité.</source>
      <translation>Nobody has been invited yet.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/invitees.py" line="113" />
      <source>Retirer de la liste des invités</source>
      <translation>Remove from the guest list</translation>
    </message>
  </context>
  <context>
    <name>ItemDialog</name>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="344" />
      <source>Point de l'ordre du jour</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="348" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="350" />
      <source>Fermer (Échap)</source>
      <translation>Close (Esc)</translation>
    </message>
  </context>
  <context>
    <name>ItemForm</name>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="73" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="75" />
      <source>Initiales ou pseudonyme</source>
      <translation>Initials or pseudonym</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="77" />
      <source>Un nom complet ? Préférez des initiales ou un pseudonyme.</source>
      <translation>A full name? Prefer initials or a pseudonym.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="83" />
      <source>Le nom n'est imprimé qu'avec le consentement du patient, mais l'ordre du jour et le compte rendu peuvent circuler : des initiales suffisent à l'équipe.</source>
      <translation>The name is printed only with the patient's consent, but the agenda and the minutes may circulate: initials are enough for the team.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="90" />
      <source>Non demandé : initiales seulement</source>
      <translation>Not asked: initials only</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="91" />
      <source>Oui, le patient est d'accord</source>
      <translation>Yes, the patient agrees</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="92" />
      <location filename="../../ui/meetings/item_form.py" line="288" />
      <source>75 ans ou plus</source>
      <translation>Aged 75 or over</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="93" />
      <location filename="../../ui/meetings/item_form.py" line="289" />
      <source>En ALD</source>
      <translation>ALD (long-term condition)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="100" />
      <location filename="../../ui/meetings/item_form.py" line="195" />
      <source>Nouveau point</source>
      <translation>New item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="101" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="102" />
      <source>Monter</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="103" />
      <source>Descendre</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="106" />
      <location filename="../../ui/meetings/item_form.py" line="280" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="107" />
      <location filename="../../ui/meetings/item_form.py" line="281" />
      <source>Thème</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="108" />
      <location filename="../../ui/meetings/item_form.py" line="282" />
      <source>Demandé par</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="109" />
      <location filename="../../ui/meetings/item_form.py" line="283" />
      <source>Présenté par</source>
      <translation>Presented by</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="110" />
      <location filename="../../ui/meetings/item_form.py" line="284" />
      <source>Durée prévue</source>
      <translation>Planned duration</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="120" />
      <location filename="../../ui/meetings/item_form.py" line="290" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="180" />
      <source>— choisir un protocole —</source>
      <translation>— choose a protocol —</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="271" />
      <source>Corrigez les champs signalés.</source>
      <translation>Correct the highlighted fields.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="285" />
      <location filename="../../ui/meetings/item_form.py" line="112" />
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="286" />
      <location filename="../../ui/meetings/item_form.py" line="114" />
      <source>Initiales</source>
      <translation>Initials</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="287" />
      <location filename="../../ui/meetings/item_form.py" line="115" />
      <source>Consentement</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="295" />
      <source>Point de réunion</source>
      <translation>Meeting item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="164" />
      <source>ex. J. D.</source>
      <translation>e.g. J. D.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="201" />
      <source>Enregistrer le point</source>
      <translation>Save the item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="201" />
      <source>Ajouter le point</source>
      <translation>Add the item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="239" />
      <source>Choisissez le protocole travaillé.</source>
      <translation>Choose the protocol being worked on.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="259" />
      <source>Point ajouté.</source>
      <translation>Item added.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="259" />
      <source>Point enregistré.</source>
      <translation>Item saved.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="303" />
      <source>Non enregistré : conflit avec l'autre poste.</source>
      <translation>Not saved: conflict with the other PC.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="319" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="319" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_form.py" line="195" />
      <source>Point {n}</source>
      <translation>Item {n}</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="76" />
      <source>Problèmes discutés, notes de discussion (Markdown)</source>
      <translation>Problems discussed, discussion notes (Markdown)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="78" />
      <source>Ne pas imprimer dans le compte rendu</source>
      <translation>Do not print in the minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="81" />
      <source>Les notes restent ici ; le PDF du compte rendu indique seulement qu'elles sont tenues hors du compte rendu.</source>
      <translation>The notes stay here; the minutes PDF only states that they are kept out of the minutes.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="87" />
      <source>Proposition retenue par l'équipe</source>
      <translation>Proposal adopted by the team</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="90" />
      <source>Si la prise en charge finale diffère de la proposition : la raison</source>
      <translation>If the final care differs from the proposal: the reason</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="118" />
      <location filename="../../ui/meetings/item_panel.py" line="196" />
      <source>Proposition</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="139" />
      <source>Modifications en cours…</source>
      <translation>Unsaved changes…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="195" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="197" />
      <source>Raison de l'écart</source>
      <translation>Reason for the difference</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="202" />
      <source>Point de réunion</source>
      <translation>Meeting item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="265" />
      <source>Copie de secours restaurée, pas encore enregistrée</source>
      <translation>Backup copy restored, not saved yet</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="113" />
      <source>Problèmes discutés</source>
      <translation>Problems discussed</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="179" />
      <source>Non enregistré : conflit avec l'autre poste.</source>
      <translation>Not saved: conflict with the other PC.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="183" />
      <location filename="../../ui/meetings/item_panel.py" line="153" />
      <source>Enregistré.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="283" />
      <source>Aucun point sélectionné</source>
      <translation>No item selected</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="340" />
      <source>consentement recueilli</source>
      <translation>consent obtained</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="342" />
      <source>consentement non demandé : initiales seulement</source>
      <translation>consent not asked: initials only</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="356" />
      <source>{start}, {n} min prévues</source>
      <translation>{start}, {n} min planned</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="345" />
      <source>Patient : {who} ({consent})</source>
      <translation>Patient: {who} ({consent})</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="350" />
      <source>Protocole : {title}</source>
      <translation>Protocol: {title}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="352" />
      <source>demandé par {who}</source>
      <translation>requested by {who}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/item_panel.py" line="354" />
      <source>présenté par {who}</source>
      <translation>presented by {who}</translation>
    </message>
    <message>
      <source>Non enregistré : copie de secours gardée</source>
      <translation type="vanished">Not saved: backup copy kept</translation>
    </message>
    <message>
      <source>Non enregistré</source>
      <translation type="vanished">Not saved</translation>
    </message>
  </context>
  <context>
    <name>ItemTimer</name>
    <message>
      <location filename="../../ui/meetings/timer.py" line="90" />
      <source>■ Arrêter</source>
      <translation>■ Stop</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/timer.py" line="90" />
      <source>▶ Chronomètre</source>
      <translation>▶ Timer</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/timer.py" line="92" />
      <source>Arrêter et noter le temps passé sur ce point</source>
      <translation>Stop and record the time spent on this item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/timer.py" line="94" />
      <source>Chronométrer ce point</source>
      <translation>Time this item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/timer.py" line="101" />
      <source> / {n} min prévues</source>
      <translation> / {n} min planned</translation>
    </message>
  </context>
  <context>
    <name>LibraryModel</name>
    <message>
      <location filename="../../ui/library/models.py" line="97" />
      <location filename="../../ui/library/models.py" line="131" />
      <source> (dépassée)</source>
      <translation> (overdue)</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="97" />
      <location filename="../../ui/library/models.py" line="133" />
      <source> (bientôt)</source>
      <translation> (soon)</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="66" />
      <source>{done}/{total} lu</source>
      <translation>{done}/{total} read</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="85" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="86" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="87" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="88" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="89" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="90" />
      <source>Révision prévue</source>
      <translation>Review due</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="91" />
      <source>Lectures</source>
      <translation>Readings</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="143" />
      <source>{done} des {total} professionnels concernés ont lu la version en vigueur (Suivi des lectures : Ctrl+Maj+L)</source>
      <translation>{done} of the {total} professionals concerned have read the version in force (Reading follow-up: Ctrl+Shift+L)</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="119" />
      <source>v{n} (v{open} en cours)</source>
      <translation>v{n} (v{open} in progress)</translation>
    </message>
  </context>
  <context>
    <name>LibraryView</name>
    <message>
      <location filename="../../ui/library/view.py" line="36" />
      <source>Filtrer par code ou titre…</source>
      <translation>Filter by code or title…</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="39" />
      <source>Tous les documents</source>
      <translation>All documents</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="42" />
      <source>Protocoles à réviser (90 jours) ou en retard</source>
      <translation>Protocols due for review (90 days) or overdue</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="60" />
      <source>&lt;h2&gt;Aucun document pour l'instant&lt;/h2&gt;&lt;p&gt;Pour commencer&amp;nbsp;: renseignez la structure et les professionnels dans l'écran &lt;b&gt;Équipe&lt;/b&gt; (Ctrl+2), puis créez un premier protocole.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;No documents yet&lt;/h2&gt;&lt;p&gt;To get started, fill in the practice and the professionals on the &lt;b&gt;Team&lt;/b&gt; screen&amp;nbsp;(Ctrl+2), then create a first protocol.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="72" />
      <source>Suivi des lectures…</source>
      <translation>Reading follow-up…</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="75" />
      <source>Qui a lu la version en vigueur du protocole choisi, et qui relancer (Ctrl+Maj+L)</source>
      <translation>Who has read the version in force of the chosen protocol, and whom to remind (Ctrl+Shift+L)</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="188" />
      <source>Suivi des lectures</source>
      <translation>Reading follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="189" />
      <source>Choisissez d'abord dans la liste un protocole qui a une version en vigueur.</source>
      <translation>First choose in the list a protocol that has a version in force.</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="139" />
      <source>v{n} (v{open} en cours)</source>
      <translation>v{n} (v{open} in progress)</translation>
    </message>
    <message>
      <location filename="../../ui/library/view.py" line="143" />
      <source>{done}/{total} lu</source>
      <translation>{done}/{total} read</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="49" />
      <source>ProtoEdit</source>
      <translation>ProtoEdit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="69" />
      <location filename="../../ui/main_window.py" line="252" />
      <source>Bibliothèque</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="70" />
      <location filename="../../ui/main_window.py" line="252" />
      <source>Équipe</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="71" />
      <source>Protocole ouvert</source>
      <translation>Open protocol</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="72" />
      <source>Coopérations</source>
      <translation>Cooperation</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="73" />
      <source>Consultation</source>
      <translation>Quick reference</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="82" />
      <source>Recherche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="238" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="239" />
      <source>&amp;Nouveau protocole…</source>
      <translation>&amp;New protocol…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="244" />
      <source>&amp;Préférences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="248" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="251" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="255" />
      <source>Agrandir le texte</source>
      <translation>Larger text</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="258" />
      <source>Réduire le texte</source>
      <translation>Smaller text</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="261" />
      <source>Taille normale</source>
      <translation>Normal size</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="264" />
      <source>&amp;Protocole</source>
      <translation>&amp;Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="265" />
      <source>&amp;Qualité du protocole</source>
      <translation>&amp;Protocol quality</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="266" />
      <source>Mesures, graphiques et cycles PDSA du protocole ouvert</source>
      <translation>Measurements, charts and PDSA cycles of the open protocol</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="269" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="384" />
      <location filename="../../ui/main_window.py" line="270" />
      <source>À propos de ProtoEdit</source>
      <translation>About ProtoEdit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="398" />
      <source>La recherche montre déjà ce qui est indexé ; les documents restants s'y ajoutent en arrière-plan.</source>
      <translation>Search already shows what is indexed; the remaining documents are added in the background.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="75" />
      <source>Réunions</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="76" />
      <source>Décisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="77" />
      <source>Indicateurs ACI</source>
      <translation>ACI indicators</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="78" />
      <source>Qualité</source>
      <translation>Quality</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="279" />
      <source>Préférences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="280" />
      <source>Les changements de langue ou de base prendront effet au prochain démarrage.</source>
      <translation>Changes to the language or database will take effect the next time ProtoEdit starts.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="307" />
      <source>Qualité du protocole</source>
      <translation>Protocol quality</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="308" />
      <source>Ouvrez d'abord un protocole (Bibliothèque, puis Entrée sur le protocole).</source>
      <translation>Open a protocol first (Library, then Enter on the protocol).</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="385" />
      <source>ProtoEdit {version}
Protocoles pluriprofessionnels, protocoles de coopération et réunions de concertation.
Base : {db}</source>
      <translation>ProtoEdit {version}
Multiprofessional protocols, cooperation protocols and concertation meetings.
Database: {db}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="393" />
      <source>Index de recherche : mise à jour, {done} / {total}</source>
      <translation>Search index: updating, {done} / {total}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="104" />
      <source>Poste : {who}</source>
      <translation>PC: {who}</translation>
    </message>
  </context>
  <context>
    <name>MeasurementForm</name>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="61" />
      <location filename="../../ui/quality/measurement_form.py" line="256" />
      <source>Saisir une mesure</source>
      <translation>Enter a measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="63" />
      <location filename="../../ui/quality/measurement_form.py" line="100" />
      <source>Période</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="64" />
      <source>Comptage</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="65" />
      <source>Un numérateur et un dénominateur (patients)</source>
      <translation>A numerator and a denominator (patients)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="66" />
      <location filename="../../ui/quality/measurement_form.py" line="75" />
      <location filename="../../ui/quality/measurement_form.py" line="104" />
      <location filename="../../ui/quality/measurement_form.py" line="183" />
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="67" />
      <source>Une valeur déjà calculée (délai, taux…)</source>
      <translation>A value already computed (delay, rate…)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="72" />
      <location filename="../../ui/quality/measurement_form.py" line="102" />
      <source>Numérateur</source>
      <translation>Numerator</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="73" />
      <location filename="../../ui/quality/measurement_form.py" line="103" />
      <source>Dénominateur</source>
      <translation>Denominator</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="80" />
      <location filename="../../ui/quality/measurement_form.py" line="106" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="83" />
      <location filename="../../ui/quality/measurement_form.py" line="107" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="84" />
      <location filename="../../ui/quality/measurement_form.py" line="258" />
      <source>Enregistrer la mesure</source>
      <translation>Save the measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="85" />
      <source>Entrée ou Ctrl+Entrée</source>
      <translation>Enter or Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="86" />
      <source>Annuler la modification</source>
      <translation>Cancel the edit</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="101" />
      <source>Mesure</source>
      <translation>Measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="183" />
      <source>Valeur (%)</source>
      <translation>Value (%)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="184" />
      <source>Source des données</source>
      <translation>Data source</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="256" />
      <source>Modifier la mesure</source>
      <translation>Edit the measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="258" />
      <source>Enregistrer la modification</source>
      <translation>Save the change</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="307" />
      <source>Rien n'a été enregistré : corrigez la saisie, puis Entrée.</source>
      <translation>Nothing was saved: correct the entry, then press Enter.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="311" />
      <source>Mesure de {period} enregistrée.</source>
      <translation>Measurement for {period} saved.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="201" />
      <source>{period} — à saisir</source>
      <translation>{period} — to enter</translation>
    </message>
    <message>
      <location filename="../../ui/quality/measurement_form.py" line="203" />
      <source>{period} — déjà saisie</source>
      <translation>{period} — already entered</translation>
    </message>
  </context>
  <context>
    <name>MeetingForm</name>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="69" />
      <source>Salle, adresse ou lien de visioconférence</source>
      <translation>Room, address or video link</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="74" />
      <source>ex. RCP de mars</source>
      <translation>e.g. March case review</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="82" />
      <source>Enregistrer la réunion</source>
      <translation>Save the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="88" />
      <source>Les invités de la réunion précédente du même type sont invités à celle-ci.</source>
      <translation>The invitees of the previous meeting of the same type are invited to this one.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="224" />
      <source>Enregistré.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="233" />
      <source>Corrigez les champs signalés.</source>
      <translation>Correct the highlighted fields.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="242" />
      <location filename="../../ui/meetings/meeting_form.py" line="92" />
      <source>Date et heure</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="243" />
      <location filename="../../ui/meetings/meeting_form.py" line="93" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="244" />
      <location filename="../../ui/meetings/meeting_form.py" line="94" />
      <source>Intitulé</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="245" />
      <location filename="../../ui/meetings/meeting_form.py" line="95" />
      <source>Lieu ou visio</source>
      <translation>Place or video call</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="246" />
      <location filename="../../ui/meetings/meeting_form.py" line="96" />
      <source>Animation</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="247" />
      <location filename="../../ui/meetings/meeting_form.py" line="97" />
      <source>Secrétariat</source>
      <translation>Minute-taker</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="252" />
      <location filename="../../ui/meetings/meeting_form.py" line="136" />
      <location filename="../../ui/meetings/meeting_form.py" line="251" />
      <source>Réunion</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="128" />
      <source>— personne —</source>
      <translation>— nobody —</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="136" />
      <source>Nouvelle réunion</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="150" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="150" />
      <source>Créer la réunion</source>
      <translation>Create the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="260" />
      <source>Non enregistré : conflit avec l'autre poste.</source>
      <translation>Not saved: conflict with the other PC.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="170" />
      <source>et ses {n} invités</source>
      <translation>and its invitees ({n})</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_form.py" line="172" />
      <source>Repris de la réunion du {date} : lieu, animation, secrétariat</source>
      <translation>Taken from the meeting of {date}: place, chair, minute-taker</translation>
    </message>
  </context>
  <context>
    <name>MeetingScreen</name>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="55" />
      <source>Marquer la réunion comme tenue</source>
      <translation>Mark the meeting as held</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="56" />
      <location filename="../../ui/meetings/meeting_screen.py" line="138" />
      <source>Clore le compte rendu</source>
      <translation>Close the minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="61" />
      <source>Avant : ordre du jour</source>
      <translation>Before: agenda</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="62" />
      <source>Pendant : compte rendu</source>
      <translation>During: minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="63" />
      <source>Après : clôture</source>
      <translation>After: closing</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="139" />
      <source>Une fois clos, le compte rendu ne se modifie plus : les corrections seront des rectifications signées. Clore maintenant ?</source>
      <translation>Once closed, the minutes can no longer be edited: corrections will be made as signed amendments. Close now?</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="179" />
      <source>compte-rendu</source>
      <translation>minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="179" />
      <source>ordre-du-jour</source>
      <translation>agenda</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="182" />
      <source>Enregistrer le compte rendu</source>
      <translation>Save the minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="184" />
      <source>Enregistrer l'ordre du jour</source>
      <translation>Save the agenda</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="238" />
      <source>Dossier de l'invitation (ordre du jour et fichier agenda)</source>
      <translation>Invitation folder (agenda and calendar file)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="107" />
      <source>Nouvelle réunion</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="250" />
      <source>Invitation prête dans {folder} : joignez au message l'ordre du jour (PDF) et le fichier agenda (.ics).</source>
      <translation>Invitation ready in {folder}: attach the agenda (PDF) and the calendar file (.ics) to the message.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/meeting_screen.py" line="255" />
      <source>Sans adresse e-mail, à prévenir autrement : {names}.</source>
      <translation>No e-mail address, to be told another way: {names}.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <location filename="../../ui/meetings/view.py" line="40" />
      <source>Réunions</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="60" />
      <source>Nouvelle réunion</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="61" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="62" />
      <source>Seule une réunion prévue, sans suivi, se supprime.</source>
      <translation>Only a planned meeting with no follow-up can be deleted.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="172" />
      <source>Supprimer la réunion</source>
      <translation>Delete the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="38" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="38" />
      <source>Réunion</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="38" />
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="51" />
      <source>À venir</source>
      <translation>Upcoming</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="52" />
      <source>Passées</source>
      <translation>Past</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/view.py" line="173" />
      <source>Supprimer la réunion prévue le {date} et son ordre du jour ?</source>
      <translation>Delete the meeting planned for {date} and its agenda?</translation>
    </message>
  </context>
  <context>
    <name>MembersBox</name>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="44" />
      <source>2. Membres : délégants et délégués</source>
      <translation>2. Members: delegating and delegated professionals</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="58" />
      <source>Membres de la déclaration</source>
      <translation>Declaration members</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="59" />
      <source>Enregistrez d'abord la déclaration pour ajouter ses membres.</source>
      <translation>Save the declaration first to add its members.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="61" />
      <location filename="../../ui/cooperation/members_box.py" line="82" />
      <source>Professionnel</source>
      <translation>Professional</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="69" />
      <source>signé le</source>
      <translation>signed on</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="70" />
      <source>suivie le</source>
      <translation>completed on</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="72" />
      <source>heures attestées</source>
      <translation>hours certified</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="73" />
      <source>Date du changement d'équipe</source>
      <translation>Date of the team change</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="75" />
      <location filename="../../ui/cooperation/members_box.py" line="140" />
      <source>Ajouter à l'équipe</source>
      <translation>Add to the team</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="76" />
      <source>Enregistrer le membre</source>
      <translation>Save the member</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="77" />
      <location filename="../../ui/cooperation/members_box.py" line="145" />
      <source>Retirer de l'équipe</source>
      <translation>Remove from the team</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="78" />
      <source>Nouveau membre</source>
      <translation>New member</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="83" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="84" />
      <source>Engagement</source>
      <translation>Commitment</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="85" />
      <source>Formation (délégués)</source>
      <translation>Training (delegated)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="86" />
      <source>Durée de formation (h)</source>
      <translation>Training length (h)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="110" />
      <source>— choisir dans l'équipe —</source>
      <translation>— choose from the team —</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="138" />
      <source>Enregistrer l'arrivée (changement d'équipe)</source>
      <translation>Record the arrival (team change)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="143" />
      <source>Enregistrer le départ (changement d'équipe)</source>
      <translation>Record the departure (team change)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/members_box.py" line="187" />
      <source>Indiquez un nombre d'heures, par exemple 10 ou 10,5.</source>
      <translation>Enter a number of hours, for example 10 or 10.5.</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="108" />
      <source>Conflit d'enregistrement</source>
      <translation>Save conflict</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="144" />
      <source>Tout : ma version</source>
      <translation>All: my version</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="145" />
      <source>Tout : version de l'autre poste</source>
      <translation>All: the other PC's version</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="156" />
      <source>Enregistrer ce choix</source>
      <translation>Save this choice</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="164" />
      <source>Copier ma version de côté…</source>
      <translation>Copy my version aside…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="166" />
      <source>Votre version entière est gardée à part ; le document prend la version de l'autre poste pour les champs en conflit.</source>
      <translation>Your whole version is kept aside; the document takes the other PC's version for the conflicting fields.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="178" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="180" />
      <source>Ne rien enregistrer pour l'instant : votre saisie reste à l'écran (Échap)</source>
      <translation>Save nothing for now: your typing stays on screen (Esc)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/widgets/merge_dialog.py" line="200" />
      <source>Encore %n champ(s) à choisir.</source>
      <translation>
        <numerusform>%n more field to choose.</numerusform>
        <numerusform>%n more fields to choose.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="111" />
      <source>« {what} » a été modifié sur un autre poste pendant que vous le modifiiez. Pour chaque champ modifié des deux côtés, choisissez la version à garder.</source>
      <translation>“{what}” was changed on another PC while you were editing it. For each field changed on both sides, choose the version to keep.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="120" />
      <source>(modifiés sur un seul poste : rien à choisir)</source>
      <translation>(changed on one PC only: nothing to choose)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="159" />
      <source>Enregistrer ce choix ({keys})</source>
      <translation>Save this choice ({keys})</translation>
    </message>
    <message>
      <source>Encore {n} champ(s) à choisir.</source>
      <translation type="vanished">{n} more field(s) to choose.</translation>
    </message>
  </context>
  <context>
    <name>NewPinFields</name>
    <message>
      <location filename="../../ui/team/pin_box.py" line="56" />
      <source>La confirmation ne correspond pas au code tapé.</source>
      <translation>The confirmation does not match the code entered.</translation>
    </message>
  </context>
  <context>
    <name>NewProtocolDialog</name>
    <message>
      <location filename="../../ui/protocol/new_dialog.py" line="37" />
      <source>Nouveau protocole pluriprofessionnel</source>
      <translation>New multiprofessional protocol</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/new_dialog.py" line="38" />
      <source>Protocole vierge</source>
      <translation>Blank protocol</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/new_dialog.py" line="39" />
      <source>À partir d'un modèle</source>
      <translation>From a template</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/new_dialog.py" line="40" />
      <source>À partir d'un thème de l'annexe 3 de l'ACI</source>
      <translation>From an ACI Appendix 3 theme</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/new_dialog.py" line="51" />
      <source>Proposer les six étapes (repérer, évaluer, planifier, intervenir, suivre, alerter)</source>
      <translation>Suggest the six steps (identify, assess, plan, intervene, follow up, alert)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/new_dialog.py" line="70" />
      <source>Code (unique)</source>
      <translation>Code (unique)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/new_dialog.py" line="71" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
  </context>
  <context>
    <name>NoProtocolPage</name>
    <message>
      <location filename="../../ui/protocol/empty_state.py" line="25" />
      <source>Aucun protocole ouvert</source>
      <translation>No protocol open</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/empty_state.py" line="41" />
      <source>Ouvrir la bibliothèque</source>
      <translation>Open the library</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/empty_state.py" line="43" />
      <source>Nouveau protocole…</source>
      <translation>New protocol…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/empty_state.py" line="28" />
      <source>Pour ouvrir un protocole : allez dans la Bibliothèque ({library}), choisissez sa ligne et appuyez sur Entrée (ou double-cliquez).</source>
      <translation>To open a protocol: go to the Library ({library}), choose its row and press Enter (or double-click).</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/empty_state.py" line="42" />
      <source>Bibliothèque ({keys})</source>
      <translation>Library ({keys})</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/empty_state.py" line="44" />
      <source>Nouveau protocole ({keys})</source>
      <translation>New protocol ({keys})</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/empty_state.py" line="33" />
      <source>Pour en créer un : Fichier → Nouveau protocole… ({new}), vierge, à partir d'un modèle ou d'un thème de l'annexe 3 de l'ACI.</source>
      <translation>To create one: File → New protocol… ({new}), blank, from a template or from an ACI Appendix 3 theme.</translation>
    </message>
  </context>
  <context>
    <name>PdfExporter</name>
    <message>
      <location filename="../../ui/widgets/pdf_export.py" line="54" />
      <source>Création du PDF…</source>
      <translation>Creating the PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_export.py" line="54" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_export.py" line="39" />
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_export.py" line="90" />
      <source>Fichier non créé</source>
      <translation>File not created</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_export.py" line="91" />
      <source>Le fichier n'a pas pu être écrit : {reason}</source>
      <translation>The file could not be written: {reason}</translation>
    </message>
  </context>
  <context>
    <name>PinBox</name>
    <message>
      <location filename="../../ui/team/pin_box.py" line="85" />
      <source>Code personnel</source>
      <translation>Personal code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="90" />
      <source>Code actuel</source>
      <translation>Current code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="94" />
      <source>Réinitialiser le code…</source>
      <translation>Reset the code…</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="201" />
      <source>Code personnel changé.</source>
      <translation>Personal code changed.</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="201" />
      <source>Code personnel défini.</source>
      <translation>Personal code set.</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="223" />
      <source>Réinitialiser le code personnel</source>
      <translation>Reset the personal code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="234" />
      <source>Réinitialiser le code</source>
      <translation>Reset the code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="235" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="132" />
      <source>Nouveau code</source>
      <translation>New code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="132" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="134" />
      <source>Changer le code</source>
      <translation>Change the code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="134" />
      <source>Définir le code personnel</source>
      <translation>Set the personal code</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="138" />
      <source>Enregistrez d'abord la fiche, puis définissez son code personnel.</source>
      <translation>Save the record first, then set its personal code.</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="168" />
      <source>Code oublié ?</source>
      <translation>Forgotten code?</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="142" />
      <source>Un code personnel est défini (il n'est jamais affiché). Pour le changer, tapez le code actuel puis le nouveau.</source>
      <translation>A personal code is set (it is never shown). To change it, type the current code, then the new one.</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="149" />
      <source>Aucun code personnel. Il sert à signer les validations de protocoles : de 4 à 12 chiffres, tapés par la personne elle-même.</source>
      <translation>No personal code. It is used to sign protocol approvals: 4 to 12 digits, typed by the person themselves.</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="171" />
      <source>Code oublié : aucun autre membre actif de l'équipe ne peut le réinitialiser.</source>
      <translation>Forgotten code: no other active team member can reset it.</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="224" />
      <source>Effacer le code personnel de {name} ?

{name} devra en définir un nouveau sur sa fiche avant de signer une validation. L'opération est enregistrée dans l'historique à votre nom ({me}).</source>
      <translation>Clear {name}'s personal code?

{name} will have to set a new one in their record before signing an approval. This is recorded in the history under your name ({me}).</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="245" />
      <source>Code de {name} réinitialisé : {name} doit en définir un nouveau.</source>
      <translation>{name}'s code reset: {name} must set a new one.</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="104" />
      <source>Confirmation</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="183" />
      <source>Code oublié : un autre membre actif de l'équipe peut le réinitialiser (pas de coordinateur(trice)).</source>
      <translation>Forgotten code: another active team member can reset it (no coordinator).</translation>
    </message>
    <message>
      <location filename="../../ui/team/pin_box.py" line="177" />
      <source>Code oublié : la coordination ({names}) peut le réinitialiser.</source>
      <translation>Forgotten code: the coordination team ({names}) can reset it.</translation>
    </message>
  </context>
  <context>
    <name>ProfessionalForm</name>
    <message>
      <location filename="../../ui/team/professional_form.py" line="43" />
      <source>— choisir —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="53" />
      <source>En activité dans l'équipe</source>
      <translation>Active in the team</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="54" />
      <source>Partenaire extérieur</source>
      <translation>External partner</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="55" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="56" />
      <location filename="../../ui/team/professional_form.py" line="104" />
      <source>Nouveau professionnel</source>
      <translation>New professional</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="61" />
      <source>Nom</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="62" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="63" />
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="65" />
      <source>RPPS</source>
      <translation>RPPS</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="66" />
      <source>ADELI</source>
      <translation>ADELI</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="67" />
      <source>E-mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="68" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="174" />
      <source>Enregistré.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="178" />
      <source>Corrigez les champs signalés.</source>
      <translation>Correct the highlighted fields.</translation>
    </message>
    <message>
      <location filename="../../ui/team/professional_form.py" line="102" />
      <source>Modifier : {name}</source>
      <translation>Edit: {name}</translation>
    </message>
  </context>
  <context>
    <name>ProfessionalsModel</name>
    <message>
      <location filename="../../ui/team/models.py" line="36" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="37" />
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="38" />
      <source>RPPS / ADELI</source>
      <translation>RPPS / ADELI</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="39" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="40" />
      <source>Actif</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="41" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="61" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="61" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="63" />
      <source>défini</source>
      <translation>set</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="63" />
      <source>à définir</source>
      <translation>not set</translation>
    </message>
    <message>
      <location filename="../../ui/team/models.py" line="55" />
      <source> (partenaire)</source>
      <translation> (partner)</translation>
    </message>
  </context>
  <context>
    <name>ProtocolEditor</name>
    <message>
      <location filename="../../ui/protocol/editing.py" line="176" />
      <source>Modifications en cours…</source>
      <translation>Unsaved changes…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="97" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="97" />
      <source>Exporter en PDF</source>
      <translation>Export to PDF</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="99" />
      <source>Mémo…</source>
      <translation>Memo…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="99" />
      <source>Mémo d'une profession en PDF</source>
      <translation>One profession's memo as PDF</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="101" />
      <source>Imprimer…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="101" />
      <source>Imprimer</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="102" />
      <source>Ouvrir le PDF</source>
      <translation>Open the PDF</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="105" />
      <source>Présentation</source>
      <translation>Presentation</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="105" />
      <source>Mode présentation, grands caractères</source>
      <translation>Presentation mode, large type</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="366" />
      <source>Aucune différence.</source>
      <translation>No differences.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="270" />
      <source>Version figée : lecture seule</source>
      <translation>Locked: read-only</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="192" />
      <source>Export annulé</source>
      <translation>Export cancelled</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/editor.py" line="388" />
      <source>PDF créé : {name}</source>
      <translation>PDF created: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/saving.py" line="164" />
      <source>Copie de secours restaurée, pas encore enregistrée</source>
      <translation>Backup copy restored, not saved yet</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/saving.py" line="245" />
      <source>Fichiers d'échange (*.json)</source>
      <translation>Exchange files (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/saving.py" line="104" />
      <source>Enregistré à {time}</source>
      <translation>Saved at {time}</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/saving.py" line="175" />
      <location filename="../../ui/protocol/saving.py" line="200" />
      <source>Non enregistré : conflit avec l'autre poste (Ctrl+S)</source>
      <translation>Not saved: conflict with the other PC (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/saving.py" line="188" />
      <source>Dans un nouveau brouillon</source>
      <translation>In a new draft</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/saving.py" line="189" />
      <source>Dans un fichier d'échange…</source>
      <translation>In an exchange file…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/saving.py" line="237" />
      <source>Votre version est copiée dans le brouillon {code}</source>
      <translation>Your version is copied into the draft {code}</translation>
    </message>
    <message>
      <source>Non enregistré : copie de secours gardée</source>
      <translation type="vanished">Not saved: backup copy kept</translation>
    </message>
    <message>
      <source>Non enregistré</source>
      <translation type="vanished">Not saved</translation>
    </message>
  </context>
  <context>
    <name>ProtocolExporter</name>
    <message>
      <location filename="../../ui/protocol/exporting.py" line="35" />
      <source>Enregistrer le PDF</source>
      <translation>Save the PDF</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/exporting.py" line="35" />
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/exporting.py" line="43" />
      <source>Mémo au lit du patient</source>
      <translation>Bedside memo</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/exporting.py" line="44" />
      <source>Pour quelle profession ?</source>
      <translation>For which profession?</translation>
    </message>
  </context>
  <context>
    <name>ProtocolQualityPage</name>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="305" />
      <source>Aucun signal : la série varie au hasard autour de sa médiane.</source>
      <translation>No signal: the series varies at random around its median.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="92" />
      <source>← Tous les protocoles</source>
      <translation>← All protocols</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="93" />
      <source>Échap</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="97" />
      <location filename="../../ui/quality/protocol_page.py" line="161" />
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="98" />
      <source>Carte de contrôle p</source>
      <translation>p control chart</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="100" />
      <source>Limites de contrôle d'une proportion : à partir de 20 mesures en comptage</source>
      <translation>Control limits of a proportion: from 20 count measurements</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="112" />
      <location filename="../../ui/quality/protocol_page.py" line="168" />
      <source>Cycles PDSA</source>
      <translation>PDSA cycles</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="114" />
      <source>Entrée ou double-clic : ouvrir le cycle</source>
      <translation>Enter or double-click: open the cycle</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="115" />
      <source>Nouveau cycle…</source>
      <translation>New cycle…</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="118" />
      <location filename="../../ui/quality/protocol_page.py" line="177" />
      <source>Mesures</source>
      <translation>Measurements</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="120" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="121" />
      <source>La mesure choisie dans le formulaire (Entrée)</source>
      <translation>The chosen measurement in the form (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="122" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="123" />
      <source>Suppr</source>
      <translation>Del</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="128" />
      <source>Rapport qualité (PDF)…</source>
      <translation>Quality report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="129" />
      <source>Le rapport qualité du protocole : indicateurs, graphiques, signaux, cycles PDSA, versions</source>
      <translation>The protocol's quality report: indicators, charts, signals, PDSA cycles, versions</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/quality/protocol_page.py" line="302" />
      <source>%n signal(s) : voir le texte sous le graphique.</source>
      <translation>
        <numerusform>%n signal: see the text under the chart.</numerusform>
        <numerusform>%n signals: see the text under the chart.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="304" />
      <source>Pas encore assez de mesures pour lire des signaux.</source>
      <translation>Not enough measurements yet to read signals.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="353" />
      <source>Supprimer la mesure</source>
      <translation>Delete the measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="279" />
      <source>Ce protocole n'a pas d'indicateur : ajoutez-en à l'étape « Évaluation » de l'éditeur.</source>
      <translation>This protocol has no indicator: add some at the editor's "Evaluation" stage.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="165" />
      <source>Signaux</source>
      <translation>Signals</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="244" />
      <source>Qualité — {code} {title}</source>
      <translation>Quality — {code} {title}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="312" />
      <source>Mesure {kind}</source>
      <translation>{kind} measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="354" />
      <source>Supprimer la mesure de {period} de « {indicator} » ?</source>
      <translation>Delete the {period} measurement of "{indicator}"?</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="252" />
      <source>{name} (n'est plus dans le protocole)</source>
      <translation>{name} (no longer in the protocol)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="311" />
      <source>Cible : {target}</source>
      <translation>Target: {target}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/protocol_page.py" line="255" />
      <source>— {count} à saisir</source>
      <translation>— {count} to enter</translation>
    </message>
  </context>
  <context>
    <name>QualityExporter</name>
    <message>
      <location filename="../../ui/quality/exports.py" line="55" />
      <source>Ouvrir le PDF</source>
      <translation>Open the PDF</translation>
    </message>
    <message>
      <location filename="../../ui/quality/exports.py" line="88" />
      <source>Enregistrer le rapport qualité</source>
      <translation>Save the quality report</translation>
    </message>
    <message>
      <location filename="../../ui/quality/exports.py" line="104" />
      <source>Enregistrer le rapport qualité annuel</source>
      <translation>Save the yearly quality report</translation>
    </message>
    <message>
      <location filename="../../ui/quality/exports.py" line="121" />
      <source>Exporter les mesures (CSV)</source>
      <translation>Export the measurements (CSV)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/exports.py" line="123" />
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/exports.py" line="59" />
      <source>Export annulé</source>
      <translation>Export cancelled</translation>
    </message>
    <message>
      <location filename="../../ui/quality/exports.py" line="74" />
      <source>PDF créé : {name}</source>
      <translation>PDF created: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/exports.py" line="138" />
      <source>CSV enregistré : {name}</source>
      <translation>CSV saved: {name}</translation>
    </message>
  </context>
  <context>
    <name>QualityOverview</name>
    <message>
      <location filename="../../ui/quality/overview.py" line="34" />
      <location filename="../../ui/quality/overview.py" line="47" />
      <source>Qualité des protocoles</source>
      <translation>Protocol quality</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="41" />
      <source>Entrée ou double-clic : la page qualité du protocole</source>
      <translation>Enter or double-click: the protocol's quality page</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="44" />
      <location filename="../../ui/quality/overview.py" line="50" />
      <source>Mesures à saisir</source>
      <translation>Measurements to enter</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="46" />
      <source>Entrée ou double-clic : saisir cette mesure</source>
      <translation>Enter or double-click: enter this measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="52" />
      <source>Aucun protocole pour l'instant. Les indicateurs d'un protocole validé apparaissent ici, avec les mesures à saisir.</source>
      <translation>No protocol yet. The indicators of an approved protocol appear here, with the measurements to enter.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="62" />
      <source>Année du rapport</source>
      <translation>Report year</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="65" />
      <source>Rapport qualité annuel (PDF)…</source>
      <translation>Yearly quality report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="66" />
      <source>Le rapport qualité de l'équipe pour l'année choisie : tous les protocoles</source>
      <translation>The team's quality report for the chosen year: every protocol</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="69" />
      <source>Exporter les mesures (CSV)…</source>
      <translation>Export the measurements (CSV)…</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="71" />
      <source>Toutes les mesures de tous les protocoles, pour un tableur (aucune donnée patient)</source>
      <translation>Every measurement of every protocol, for a spreadsheet (no patient data)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="79" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="119" />
      <source>Mesures à saisir : aucune, tout est à jour</source>
      <translation>Measurements to enter: none, everything is up to date</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="108" />
      <source>Protocoles : {protocols} · mesures à saisir : {due} · cycles PDSA en cours : {cycles}</source>
      <translation>Protocols: {protocols} · measurements to enter: {due} · PDSA cycles under way: {cycles}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/overview.py" line="117" />
      <source>Mesures à saisir ({count})</source>
      <translation>Measurements to enter ({count})</translation>
    </message>
  </context>
  <context>
    <name>QualityReviewBox</name>
    <message>
      <location filename="../../ui/meetings/quality_box.py" line="34" />
      <source>Revue qualité</source>
      <translation>Quality review</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/quality_box.py" line="38" />
      <source>Graphiques des indicateurs</source>
      <translation>Indicator charts</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/quality_box.py" line="42" />
      <source>Cycles PDSA en cours</source>
      <translation>PDSA cycles under way</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/quality_box.py" line="43" />
      <source>Entrée ou double-clic : ouvrir le cycle</source>
      <translation>Enter or double-click: open the cycle</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/quality_box.py" line="45" />
      <source>Aucun cycle PDSA en cours.</source>
      <translation>No PDSA cycle under way.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/quality_box.py" line="49" />
      <source>Cycles PDSA en cours :</source>
      <translation>PDSA cycles under way:</translation>
    </message>
  </context>
  <context>
    <name>ReadingDialog</name>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="159" />
      <source>Merci de lire cette version dans ProtoEdit puis de cliquer sur « J'ai lu cette version ».</source>
      <translation>Please read this version in ProtoEdit, then click “I have read this version”.</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="66" />
      <source>Imprimer la liste de rappel…</source>
      <translation>Print the reminder list…</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="68" />
      <source>Envoyer un rappel par courriel…</source>
      <translation>Send a reminder by e-mail…</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="71" />
      <source>Ouvre votre messagerie avec un message aux personnes qui n'ont pas lu cette version</source>
      <translation>Opens your mail program with a message to the people who have not read this version</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="79" />
      <source>Copie maîtrisée avec la liste (PDF)…</source>
      <translation>Controlled copy with the list (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="82" />
      <source>Le protocole complet en PDF, avec la liste de lecture à la fin</source>
      <translation>The full protocol as PDF, with the reading list at the end</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="84" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="58" />
      <location filename="../../ui/library/reading_dialog.py" line="157" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="58" />
      <location filename="../../ui/library/reading_dialog.py" line="157" />
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="58" />
      <location filename="../../ui/library/reading_dialog.py" line="157" />
      <source>Lecture</source>
      <translation>Reading</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="152" />
      <source>À lire : {code} — {title}, version {n}</source>
      <translation>To read: {code} — {title}, version {n}</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="180" />
      <source>Enregistrer la copie maîtrisée</source>
      <translation>Save the controlled copy</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="47" />
      <source>Suivi des lectures — {code}</source>
      <translation>Reading follow-up — {code}</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="106" />
      <source>{code} — {title}, version {n} en vigueur : {done} sur {total} à jour, {left} à relancer</source>
      <translation>{code} — {title}, version {n} in force: {done} of {total} up to date, {left} to remind</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="135" />
      <source>Sans adresse électronique (à prévenir autrement) : {names}</source>
      <translation>No e-mail address (tell them another way): {names}</translation>
    </message>
    <message>
      <location filename="../../ui/library/reading_dialog.py" line="157" />
      <source>Visa</source>
      <translation>Initials</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="271" />
      <location filename="../../ui/recovery_dialog.py" line="53" />
      <source>Modifications non enregistrées</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="277" />
      <source>Enregistrer une copie de secours et quitter</source>
      <translation>Keep a backup copy and quit</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="281" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="55" />
      <source>Des modifications n'avaient pas pu être enregistrées dans la base de données. Une copie de secours en a été gardée. Pour chaque document, choisissez :</source>
      <translation>Some changes could not be saved to the database. A backup copy was kept. For each document, choose:</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="69" />
      <source>&amp;Restaurer</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="70" />
      <source>Rouvrir le document avec ces modifications, qui seront enregistrées</source>
      <translation>Reopen the document with these changes, which will be saved</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="74" />
      <source>&amp;Ignorer</source>
      <translation>&amp;Ignore</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="75" />
      <source>Ne rien faire maintenant : la copie sera proposée au prochain démarrage</source>
      <translation>Do nothing now: the copy will be offered at the next start</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="79" />
      <source>&amp;Supprimer</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="80" />
      <source>Supprimer la copie de secours : ces modifications seront perdues</source>
      <translation>Delete the backup copy: these changes will be lost</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="91" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="96" />
      <source>Ce qui diffère de la version enregistrée :</source>
      <translation>What differs from the saved version:</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="256" />
      <source>Vos dernières modifications n'ont pas pu être enregistrées dans la base de données (lecture seule ou verrouillée).

Une copie de secours est gardée dans {folder} : elle vous sera proposée au prochain démarrage.</source>
      <translation>Your latest changes could not be saved to the database (read-only or locked).

A backup copy is kept in {folder}: it will be offered at the next start.</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="263" />
      <source>Vos dernières modifications n'ont pas pu être enregistrées, ni dans la base de données ni en copie de secours ({folder}).

Annulez pour copier votre texte ailleurs avant de quitter.</source>
      <translation>Your latest changes could not be saved, neither to the database nor as a backup copy ({folder}).

Cancel to copy your text elsewhere before quitting.</translation>
    </message>
    <message>
      <location filename="../../ui/recovery_dialog.py" line="104" />
      <source>{label} — {when}, {who}</source>
      <translation>{label} — {when}, {who}</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="39" />
      <location filename="../../ui/cooperation/report_page.py" line="163" />
      <source>Bilan annuel</source>
      <translation>Annual report</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="40" />
      <source>Exporter le bilan (PDF)…</source>
      <translation>Export the report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="42" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="68" />
      <source>{num} / {den}</source>
      <translation>{num} / {den}</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="133" />
      <source>Total attendu</source>
      <translation>Expected total</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="90" />
      <source>Indicateurs</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="92" />
      <source>Indicateur et formule</source>
      <translation>Indicator and formula</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="93" />
      <source>Calcul</source>
      <translation>Calculation</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="93" />
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="110" />
      <source>Financement attendu</source>
      <translation>Expected funding</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="107" />
      <source>Événements indésirables par nature :</source>
      <translation>Adverse events by type:</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="113" />
      <source>Ce protocole ne prévoit pas de forfait.</source>
      <translation>This protocol has no flat fee.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/cooperation/report_page.py" line="118" />
      <source>{n} patient(s) inclus × {eur}</source>
      <translation>
        <numerusform>{n} patient included × {eur}</numerusform>
        <numerusform>{n} patients included × {eur}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="136" />
      <source>Part des délégués ({eur} par patient, réévaluations comprises)</source>
      <translation>Delegated professionals' share ({eur} per patient, reassessments included)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/report_page.py" line="144" />
      <source>Part des délégants ({eur} par patient)</source>
      <translation>Delegating professionals' share ({eur} per patient)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/cooperation/report_page.py" line="85" />
      <source>Bilan de l'année {year} : %n mois saisi(s).</source>
      <translation>
        <numerusform>Report for {year}: %n month entered.</numerusform>
        <numerusform>Report for {year}: %n months entered.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/cooperation/report_page.py" line="127" />
      <source>{n} réévaluation(s) × {eur}</source>
      <translation>
        <numerusform>{n} reassessment × {eur}</numerusform>
        <numerusform>{n} reassessments × {eur}</numerusform>
      </translation>
    </message>
    <message>
      <source>Bilan de l'année {year} : {n} mois saisi(s).</source>
      <translation type="vanished">Report for {year}: {n} month(s) entered.</translation>
    </message>
  </context>
  <context>
    <name>SaveFailures</name>
    <message>
      <location filename="../../ui/widgets/save_failures.py" line="24" />
      <source>Non enregistré : copie de secours gardée</source>
      <translation>Not saved: a recovery copy is kept</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/save_failures.py" line="26" />
      <source>Non enregistré</source>
      <translation>Not saved</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <location filename="../../ui/consult/search_box.py" line="58" />
      <source>Rechercher un protocole, une réunion, une décision… (Ctrl+K)</source>
      <translation>Search for a protocol, a meeting, a decision… (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../ui/consult/search_box.py" line="61" />
      <source>Recherche</source>
      <translation>Search</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/settings_dialog.py" line="34" />
      <source>Préférences de ce poste</source>
      <translation>Preferences for this PC</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="40" />
      <source>Ouvrir directement la consultation (poste en salle de soins)</source>
      <translation>Open straight into quick reference (PC in a treatment room)</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="43" />
      <source>Base intégrée sur ce poste (SQLite)</source>
      <translation>Built-in database on this PC (SQLite)</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="44" />
      <source>Serveur PostgreSQL partagé par plusieurs postes</source>
      <translation>PostgreSQL server shared by several PCs</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="47" />
      <source>Tester la connexion</source>
      <translation>Test the connection</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="56" />
      <source>Langue (au prochain démarrage)</source>
      <translation>Language (at next start-up)</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="59" />
      <source>Base de données (au prochain démarrage) :</source>
      <translation>Database (at next start-up):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="91" />
      <source>L'adresse doit commencer par postgresql+psycopg://</source>
      <translation>The address must start with postgresql+psycopg://</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../ui/consult/start_page.py" line="22" />
      <source>Recherchez un protocole (Ctrl+K) : il s'affichera ici, dans sa version validée, avec les étapes de votre profession.</source>
      <translation>Search for a protocol (Ctrl+K): it will show here, in its approved version, with your profession's steps.</translation>
    </message>
    <message>
      <location filename="../../ui/consult/start_page.py" line="40" />
      <source>Protocoles changés pour votre profession</source>
      <translation>Protocols changed for your profession</translation>
    </message>
    <message>
      <location filename="../../ui/consult/start_page.py" line="41" />
      <source>Entrée ou double-clic : ouvrir le protocole</source>
      <translation>Enter or double-click: open the protocol</translation>
    </message>
    <message>
      <location filename="../../ui/consult/start_page.py" line="77" />
      <source>nouveau protocole, version {n}</source>
      <translation>new protocol, version {n}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/consult/start_page.py" line="79" />
      <source>version {n} : %n changement(s) pour vous</source>
      <translation>
        <numerusform>version {n}: %n change for you</numerusform>
        <numerusform>version {n}: %n changes for you</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/consult/start_page.py" line="92" />
      <source>%n protocole(s) ont changé pour votre profession ({profession}) depuis votre dernière lecture</source>
      <translation>
        <numerusform>%n protocol changed for your profession ({profession}) since your last reading</numerusform>
        <numerusform>%n protocols changed for your profession ({profession}) since your last reading</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/consult/start_page.py" line="99" />
      <source>Aucun protocole n'a changé pour votre profession ({profession}) depuis votre dernière lecture.</source>
      <translation>No protocol changed for your profession ({profession}) since your last reading.</translation>
    </message>
    <message>
      <source>version {n} : {count} changement(s) pour vous</source>
      <translation type="vanished">version {n}: {count} change(s) for you</translation>
    </message>
    <message>
      <source>{n} protocole(s) ont changé pour votre profession ({profession}) depuis votre dernière lecture</source>
      <translation type="vanished">{n} protocol(s) changed for your profession ({profession}) since your last reading</translation>
    </message>
  </context>
  <context>
    <name>StepPanel</name>
    <message>
      <location filename="../../ui/protocol/step_panel.py" line="226" />
      <source>Choisissez une étape dans le tableau, ou ajoutez-en une (Ctrl+Maj+N).</source>
      <translation>Choose a step in the table, or add one (Ctrl+Shift+N).</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/step_panel.py" line="196" />
      <source>Étape : {field}</source>
      <translation>Step: {field}</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/step_panel.py" line="219" />
      <source>Étape {n} : {title} — Entrée dans le tableau : modifier ici ; Ctrl+Entrée : retour au tableau</source>
      <translation>Step {n}: {title} — Enter in the table: edit here; Ctrl+Enter: back to the table</translation>
    </message>
  </context>
  <context>
    <name>StepsPage</name>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="50" />
      <source>Étape</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="51" />
      <source>Qui</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="52" />
      <source>Référent</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="53" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="54" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="55" />
      <source>Comment</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="56" />
      <source>Où</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="57" />
      <source>Alerte</source>
      <translation>Alert</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="119" />
      <source>Tableau des étapes</source>
      <translation>Steps table</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="121" />
      <source>Entrée : modifier l'étape dans le panneau (F2 : dans la case)</source>
      <translation>Enter: edit the step in the panel (F2: in the cell)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="166" />
      <source>Matrice qui × quand</source>
      <translation>Who × when matrix</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="308" />
      <source>Étape / quand</source>
      <translation>Step / when</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="149" />
      <source>Ajouter une étape</source>
      <translation>Add a step</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="150" />
      <source>Dupliquer</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="151" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="152" />
      <source>Monter</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="153" />
      <source>Descendre</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/steps_page.py" line="168" />
      <source>Vue matrice qui × quand</source>
      <translation>Who × when matrix view</translation>
    </message>
  </context>
  <context>
    <name>StructureForm</name>
    <message>
      <location filename="../../ui/team/structure_form.py" line="32" />
      <source>Structure</source>
      <translation>Practice</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="45" />
      <source>Enregistrer la structure</source>
      <translation>Save the practice</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="48" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="49" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="50" />
      <source>FINESS</source>
      <translation>FINESS</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="51" />
      <source>SIRET</source>
      <translation>SIRET</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="52" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="53" />
      <source>Représentant légal</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="54" />
      <source>Contact du représentant</source>
      <translation>Representative's contact</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="109" />
      <source>Structure enregistrée.</source>
      <translation>Practice saved.</translation>
    </message>
    <message>
      <location filename="../../ui/team/structure_form.py" line="113" />
      <source>Corrigez les champs signalés.</source>
      <translation>Correct the highlighted fields.</translation>
    </message>
  </context>
  <context>
    <name>SynthesisPage</name>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="32" />
      <location filename="../../ui/protocol/synthesis_page.py" line="57" />
      <source>— à indiquer —</source>
      <translation>— not specified —</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="99" />
      <source>Le groupe de travail cherche dans la littérature la réponse à chaque question, cite sa source et son niveau de preuve ; les messages clés en découlent, gradés comme la HAS gradue ses recommandations (A, B, C ou accord d'experts).</source>
      <translation>The working group looks in the literature for the answer to each question, citing its source and level of evidence; the key messages follow from them, graded the way the HAS grades its recommendations (A, B, C or expert consensus).</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="109" />
      <source>Synthèse documentaire</source>
      <translation>Documentary synthesis</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="110" />
      <source>Messages clés gradés</source>
      <translation>Graded key messages</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="123" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="125" />
      <source>Supprimer la ligne</source>
      <translation>Delete the row</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="82" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="83" />
      <source>Réponse documentée</source>
      <translation>Documented answer</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="84" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="85" />
      <source>Niveau de preuve</source>
      <translation>Level of evidence</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="91" />
      <source>Message clé</source>
      <translation>Key message</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="92" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/synthesis_page.py" line="124" />
      <source>Ajouter : {what}</source>
      <translation>Add: {what}</translation>
    </message>
  </context>
  <context>
    <name>TallyGridModel</name>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="163" />
      <source>Saisissez un nombre entier.</source>
      <translation>Enter a whole number.</translation>
    </message>
  </context>
  <context>
    <name>TeamProtocolDialog</name>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="78" />
      <source>Protocoles de coopération de l'équipe</source>
      <translation>Team cooperation protocols</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="84" />
      <source>Protocole local</source>
      <translation>Local protocol</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="86" />
      <source>Protocole national (plus récent que le catalogue)</source>
      <translation>National protocol (newer than the catalogue)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="92" />
      <source>ans</source>
      <translation>years</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="93" />
      <source>mois</source>
      <translation>months</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="96" />
      <source>connue</source>
      <translation>known</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="107" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="108" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="109" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="110" />
      <source>Origine</source>
      <translation>Origin</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="111" />
      <source>Version applicable à partir du</source>
      <translation>Version applicable from</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="112" />
      <source>Délégants</source>
      <translation>Delegating professionals</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="113" />
      <source>Délégués</source>
      <translation>Delegated professionals</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="123" />
      <source>Âge des patients</source>
      <translation>Patient age</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="124" />
      <source>Formation des délégués (h)</source>
      <translation>Training of delegated professionals (h)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="125" />
      <source>Texte de référence</source>
      <translation>Reference text</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="126" />
      <source>Date du texte</source>
      <translation>Date of the text</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="138" />
      <source>Financement (€)</source>
      <translation>Funding (€)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="139" />
      <source>Délai de réévaluation</source>
      <translation>Reassessment window</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="140" />
      <source>Critères d'inclusion</source>
      <translation>Inclusion criteria</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="141" />
      <source>Critères d'exclusion</source>
      <translation>Exclusion criteria</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="142" />
      <source>Déroulé de la prise en charge</source>
      <translation>Care pathway</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="151" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="152" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="168" />
      <source>— nouveau protocole —</source>
      <translation>— new protocol —</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="281" />
      <source>Protocole enregistré.</source>
      <translation>Protocol saved.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="102" />
      <source>Un élément par ligne</source>
      <translation>One item per line</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="116" />
      <source>de</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="118" />
      <source>à</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="130" />
      <source>par patient</source>
      <translation>per patient</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="131" />
      <source>réévaluation</source>
      <translation>reassessment</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="132" />
      <source>délégué</source>
      <translation>delegated</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="133" />
      <source>délégant</source>
      <translation>delegating</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/protocol_dialog.py" line="258" />
      <source>Un nombre est illisible : utilisez des chiffres, par exemple 10 ou 10,5.</source>
      <translation>A number cannot be read: use digits, for example 10 or 10.5.</translation>
    </message>
  </context>
  <context>
    <name>TeamView</name>
    <message>
      <location filename="../../ui/team/view.py" line="31" />
      <source>Professionnels de l'équipe</source>
      <translation>Team professionals</translation>
    </message>
  </context>
  <context>
    <name>ValidationPage</name>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="47" />
      <source>Points à compléter</source>
      <translation>Items to complete</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="50" />
      <source>Soumettre à la validation de l'équipe</source>
      <translation>Submit for team approval</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="51" />
      <source>Approuver…</source>
      <translation>Approve…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="52" />
      <source>Refuser…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="53" />
      <source>Réviser (nouvelle version)…</source>
      <translation>Revise (new version)…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="54" />
      <source>Relu, sans modification…</source>
      <translation>Reviewed, no changes…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="57" />
      <source>Historique des versions</source>
      <translation>Version history</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="58" />
      <source>Entrée ou double-clic : ouvrir cette version</source>
      <translation>Enter or double-click: open this version</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="61" />
      <source>Comparer</source>
      <translation>Compare</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="108" />
      <source>Réviser le protocole</source>
      <translation>Revise the protocol</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="109" />
      <source>Pourquoi une nouvelle version ? (obligatoire)</source>
      <translation>Why a new version? (required)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="116" />
      <source>Relecture</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="116" />
      <source>Note de relecture (facultative)</source>
      <translation>Review note (optional)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="68" />
      <source>Comparer la version</source>
      <translation>Compare version</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="70" />
      <source>à la version</source>
      <translation>with version</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="75" />
      <source>&lt;b&gt;Vérification&lt;/b&gt; (n'empêche jamais d'enregistrer)</source>
      <translation>&lt;b&gt;Checks&lt;/b&gt; (never prevent saving)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="79" />
      <source>&lt;b&gt;Signatures&lt;/b&gt;</source>
      <translation>&lt;b&gt;Signatures&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="83" />
      <source>&lt;b&gt;Historique des versions&lt;/b&gt; (Entrée ou double-clic : ouvrir une version)</source>
      <translation>&lt;b&gt;Version history&lt;/b&gt; (Enter or double-click: open a version)</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="129" />
      <source>✓ Rien ne manque : le protocole peut être soumis.</source>
      <translation>✓ Nothing missing: the protocol can be submitted.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="150" />
      <source>refusé</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="150" />
      <source>approuvé</source>
      <translation>approved</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/protocol/validation_page.py" line="138" />
      <source>Peut être soumis ; %n remarque(s) à considérer.</source>
      <translation>
        <numerusform>Can be submitted; %n comment to consider.</numerusform>
        <numerusform>Can be submitted; %n comments to consider.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/protocol/validation_page.py" line="134" />
      <source>%n remarque(s).</source>
      <translation>
        <numerusform>%n comment.</numerusform>
        <numerusform>%n comments.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/protocol/validation_page.py" line="156" />
      <source>Dernier refus : {r}</source>
      <translation>Last rejection: {r}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/protocol/validation_page.py" line="132" />
      <source>%n point(s) à compléter avant de soumettre</source>
      <translation>
        <numerusform>%n item to complete before submitting</numerusform>
        <numerusform>%n items to complete before submitting</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} point(s) à compléter avant de soumettre, {w} remarque(s).</source>
      <translation type="vanished">{n} item(s) to complete before submitting, {w} comment(s).</translation>
    </message>
    <message>
      <source>Peut être soumis ; {w} remarque(s) à considérer.</source>
      <translation type="vanished">Can be submitted; {w} comment(s) to consider.</translation>
    </message>
  </context>
  <context>
    <name>WhoDialog</name>
    <message>
      <location filename="../../ui/first_start.py" line="37" />
      <source>Qui utilise ce poste ?</source>
      <translation>Who is using this PC?</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="39" />
      <source>Chaque modification est enregistrée au nom de la personne qui utilise ce poste. Choisissez votre nom, ou créez votre fiche.</source>
      <translation>Every change is recorded in the name of the person using this PC. Choose your name, or create your record.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="55" />
      <source>— choisir —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="62" />
      <source>Nom</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="63" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="64" />
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="70" />
      <source>Code personnel</source>
      <translation>Personal code</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="71" />
      <source>Confirmation</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="102" />
      <source>Votre code personnel (facultatif)</source>
      <translation>Your personal code (optional)</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="104" />
      <source>Il sert à signer les validations de protocoles : de 4 à 12 chiffres. Vous pourrez aussi le définir plus tard dans Équipe, sur votre fiche.</source>
      <translation>It is used to sign protocol approvals: 4 to 12 digits. You can also set it later in Team, in your record.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="114" />
      <source>Vous n'avez pas encore de code personnel ; il sert à signer les validations de protocoles (4 à 12 chiffres). Définissez-le maintenant ou plus tard dans Équipe, sur votre fiche.</source>
      <translation>You have no personal code yet; it is used to sign protocol approvals (4 to 12 digits). Set it now or later in Team, in your record.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="77" />
      <source>Je suis :</source>
      <translation>I am:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="79" />
      <source>Je ne suis pas dans la liste :</source>
      <translation>I am not in the list:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="111" />
      <source>Code personnel de {name} (facultatif)</source>
      <translation>{name}'s personal code (optional)</translation>
    </message>
  </context>
  <context>
    <name>chart</name>
    <message>
      <location filename="../../protoedit/render/charts/legend.py" line="27" />
      <source>Aucune mesure</source>
      <translation>No measurement</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/charts/legend.py" line="28" />
      <source>Mesure</source>
      <translation>Measurement</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/charts/legend.py" line="29" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/charts/legend.py" line="30" />
      <source>Médiane {value}</source>
      <translation>Median {value}</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/charts/legend.py" line="31" />
      <source>Moyenne {value}</source>
      <translation>Mean {value}</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/charts/legend.py" line="32" />
      <source>Cible {value}</source>
      <translation>Target {value}</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/charts/legend.py" line="33" />
      <source>Limites de contrôle</source>
      <translation>Control limits</translation>
    </message>
  </context>
  <context>
    <name>consult</name>
    <message numerus="yes">
      <location filename="../../ui/consult/render.py" line="31" />
      <source>%n étape(s) d’autres professions masquée(s) : choisissez « Toutes les professions » pour les voir.</source>
      <translation>
        <numerusform>%n step for other professions hidden: choose “All professions” to see it.</numerusform>
        <numerusform>%n steps for other professions hidden: choose “All professions” to see them.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="74" />
      <source>Aucune version validée de ce protocole.</source>
      <translation>No approved version of this protocol.</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="86" />
      <source>toute l'équipe</source>
      <translation>the whole team</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="128" />
      <source>accord d'experts</source>
      <translation>expert consensus</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="129" />
      <source>non gradé</source>
      <translation>ungraded</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="150" />
      <source>Étapes</source>
      <translation>Steps</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="46" />
      <source>Version {n} validée le {date}</source>
      <translation>Version {n} approved on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="99" />
      <source>Qui</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="100" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="101" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="102" />
      <source>Comment</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="103" />
      <source>Où</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="104" />
      <source>Référent</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="64" />
      <source>Version {n} remplacée par la version {m} : ne plus l'appliquer</source>
      <translation>Version {n} superseded by version {m}: no longer to be applied</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="68" />
      <source>Protocole archivé (version {n}) : ne plus l'appliquer</source>
      <translation>Protocol archived (version {n}): no longer to be applied</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="70" />
      <source>BROUILLON NON VALIDÉ (version {n}) : ne pas appliquer</source>
      <translation>UNAPPROVED DRAFT (version {n}): do not apply</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="129" />
      <source>grade {g}</source>
      <translation>grade {g}</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="148" />
      <source>Étapes — {profession}</source>
      <translation>Steps — {profession}</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="48" />
      <source>prochaine révision le {date}</source>
      <translation>next review on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="53" />
      <source>révision à faire d'ici le {date}</source>
      <translation>review due by {date}</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="59" />
      <source>révision en retard depuis le {date} : vérifiez qu'elle est toujours à jour</source>
      <translation>review overdue since {date}: check that it is still up to date</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="95" />
      <location filename="../../ui/consult/render.py" line="120" />
      <source>Alerte</source>
      <translation>Alert</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="72" />
      <source>version en vigueur : {m}</source>
      <translation>version in force: {m}</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="155" />
      <source>Aucune étape pour cette profession.</source>
      <translation>No steps for this profession.</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="159" />
      <source>Messages clés</source>
      <translation>Key messages</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="173" />
      <source>Validé par</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <location filename="../../ui/consult/render.py" line="108" />
      <source>autre profession</source>
      <translation>other profession</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="32" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="33" />
      <source>Réunion</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="34" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="37" />
      <source>validé</source>
      <translation>approved</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="38" />
      <location filename="../../ui/consult/results.py" line="39" />
      <source>non validé</source>
      <translation>not approved</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="40" />
      <source>prévue</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="41" />
      <source>tenue</source>
      <translation>held</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="42" />
      <source>clôturée</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="43" />
      <source>en cours</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="44" />
      <source>faite</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="45" />
      <source>reportée</source>
      <translation>postponed</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="46" />
      <source>annulée</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="49" />
      <source>Brouillon</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="50" />
      <source>En validation</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="102" />
      <source>Vouliez-vous dire : {suggestion} ?</source>
      <translation>Did you mean: {suggestion}?</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="100" />
      <source>Aucun résultat pour « {query} »</source>
      <translation>No results for “{query}”</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="84" />
      <source>Réunion du {date}</source>
      <translation>Meeting of {date}</translation>
    </message>
    <message>
      <location filename="../../ui/consult/results.py" line="90" />
      <source>Décision de la réunion du {date}</source>
      <translation>Decision from the meeting of {date}</translation>
    </message>
    <message>
      <source>{n} étape(s) d’autres professions masquée(s) : choisissez « Toutes les professions » pour les voir.</source>
      <translation type="vanished">{n} step(s) for other professions hidden: choose “All professions” to see them.</translation>
    </message>
  </context>
  <context>
    <name>cooperation</name>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="40" />
      <source>janvier</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="41" />
      <source>février</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="42" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="43" />
      <source>avril</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="44" />
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="45" />
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="46" />
      <source>juillet</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="47" />
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="48" />
      <source>septembre</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="49" />
      <source>octobre</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="50" />
      <source>novembre</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="51" />
      <source>décembre</source>
      <translation>December</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="55" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="56" />
      <source>Patients
inclus</source>
      <translation>Patients
included</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="57" />
      <source>Actes des
délégués</source>
      <translation>Delegated
procedures</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="58" />
      <source>Actes repris
par le délégant</source>
      <translation>Procedures
taken back</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="59" />
      <source>Réévaluations</source>
      <translation>Reassessments</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="60" />
      <source>Réorientés
vers le délégant</source>
      <translation>Referred back
to delegating prof.</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="61" />
      <source>Professionnels
répondants</source>
      <translation>Professionals
responding</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="62" />
      <source>Satisfaits ou
très satisfaits</source>
      <translation>Satisfied or
very satisfied</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/activity_page.py" line="65" />
      <source>Événements indésirables
(nature : nombre ; …)</source>
      <translation>Adverse events
(type: number; …)</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="82" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="83" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="116" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="117" />
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="118" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="119" />
      <source>RPPS / ADELI</source>
      <translation>RPPS / ADELI</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="120" />
      <source>Engagement signé</source>
      <translation>Commitment signed</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="121" />
      <source>Formation</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="122" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="123" />
      <source>Arrivée</source>
      <translation>Arrival</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="124" />
      <source>Départ</source>
      <translation>Departure</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="148" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="149" />
      <source>Arrivées</source>
      <translation>Arrivals</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="150" />
      <source>Départs</source>
      <translation>Departures</translation>
    </message>
    <message>
      <location filename="../../ui/cooperation/models.py" line="151" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../protoedit/audit.py" line="19" />
      <source>Journal d'audit rompu : l'événement n° {seq} manque.</source>
      <translation>Audit log broken: event no. {seq} is missing.</translation>
    </message>
    <message>
      <location filename="../../protoedit/audit.py" line="20" />
      <source>Journal d'audit rompu : l'événement n° {seq} ne suit pas le précédent.</source>
      <translation>Audit log broken: event no. {seq} does not follow the previous one.</translation>
    </message>
    <message>
      <location filename="../../protoedit/audit.py" line="21" />
      <source>Journal d'audit rompu : l'événement n° {seq} a été modifié après coup (son contenu ne correspond plus à son empreinte).</source>
      <translation>Audit log broken: event no. {seq} was changed afterwards (its content no longer matches its hash).</translation>
    </message>
    <message>
      <location filename="../../protoedit/audit.py" line="25" />
      <source>Journal d'audit rompu : le dernier événement enregistré ne correspond pas à la fin de la chaîne (événement n° {seq}).</source>
      <translation>Audit log broken: the last recorded event does not match the end of the chain (event no. {seq}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/admin.py" line="68" />
      <source>Sauvegarde d'un serveur PostgreSQL : utilisez pg_dump (voir README).</source>
      <translation>Backing up a PostgreSQL server: use pg_dump (see README).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/admin.py" line="82" />
      <source>Restauration d'un serveur PostgreSQL : utilisez pg_restore (voir README).</source>
      <translation>Restoring a PostgreSQL server: use pg_restore (see README).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/admin.py" line="41" />
      <source>Base déjà présente, prête : {path}</source>
      <translation>Database already there, ready: {path}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/admin.py" line="41" />
      <source>Base créée : {path}</source>
      <translation>Database created: {path}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/admin.py" line="54" />
      <source>Version du schéma : {revision}</source>
      <translation>Schema version: {revision}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/admin.py" line="88" />
      <source>Base actuelle mise de côté : {path}</source>
      <translation>Current database set aside: {path}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="49" />
      <source>Indiquez --json FICHIER ou --pdf FICHIER.</source>
      <translation>Specify --json FILE or --pdf FILE.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="51" />
      <source>--all s'utilise avec --json, sans document désigné.</source>
      <translation>--all is used with --json, without naming a document.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="53" />
      <source>Indiquez le document à exporter (code ou numéro), ou --all.</source>
      <translation>Specify the document to export (code or number), or --all.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="55" />
      <source>--memo s'utilise avec --pdf.</source>
      <translation>--memo is used with --pdf.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="77" />
      <source>L'export PDF en ligne de commande concerne les protocoles pluriprofessionnels.</source>
      <translation>Command-line PDF export applies to multiprofessional protocols.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="115" />
      <source>Import en ligne de commande</source>
      <translation>Command-line import</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="126" />
      <source>Aucun document importé.</source>
      <translation>No documents imported.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../protoedit/cli/exchange.py" line="68" />
      <source>%n document(s) exporté(s) dans {path}</source>
      <translation>
        <numerusform>%n document exported to {path}</numerusform>
        <numerusform>%n documents exported to {path}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="83" />
      <source>L'export PDF n'est pas disponible dans cette installation ({detail}).</source>
      <translation>PDF export is not available in this installation ({detail}).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../protoedit/cli/exchange.py" line="104" />
      <source>Le fichier « {name} » n'a pas été importé : %n problème(s). Rien n'a été enregistré.</source>
      <translation>
        <numerusform>The file “{name}” was not imported: %n problem. Nothing has been saved.</numerusform>
        <numerusform>The file “{name}” was not imported: %n problems. Nothing has been saved.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="122" />
      <source>Importé : {what}</source>
      <translation>Imported: {what}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="124" />
      <source>Remarque : {text}</source>
      <translation>Note: {text}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/exchange.py" line="119" />
      <source>importé sous ce code ; code d'origine : {code}</source>
      <translation>imported under this code; original code: {code}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/pdf.py" line="20" />
      <location filename="../../protoedit/cli/quality.py" line="40" />
      <location filename="../../protoedit/cooperation/declarations.py" line="173" />
      <location filename="../../protoedit/cooperation/figures.py" line="105" />
      <location filename="../../protoedit/cooperation/queries.py" line="361" />
      <location filename="../../protoedit/exchange/export.py" line="43" />
      <location filename="../../protoedit/export/cooperation_print.py" line="206" />
      <location filename="../../protoedit/protocols/consult.py" line="147" />
      <location filename="../../protoedit/protocols/lifecycle.py" line="72" />
      <location filename="../../protoedit/quality/cycles.py" line="158" />
      <location filename="../../protoedit/quality/measurements.py" line="164" />
      <location filename="../../protoedit/quality/queries.py" line="258" />
      <source>protocole</source>
      <translation>protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/cli/pdf.py" line="26" />
      <source>Profession inconnue : {code}.</source>
      <translation>Unknown profession: {code}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/activity.py" line="71" />
      <source>Saisie refusée : {problems}</source>
      <translation>Entry rejected: {problems}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/activity.py" line="52" />
      <location filename="../../protoedit/cooperation/activity.py" line="58" />
      <source>Saisissez des nombres entiers.</source>
      <translation>Enter whole numbers.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/activity.py" line="61" />
      <source>Précisez la nature de chaque événement indésirable.</source>
      <translation>Specify the type of each adverse event.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/activity.py" line="68" />
      <source>Ce protocole ne prévoit pas de consultation de réévaluation.</source>
      <translation>This protocol does not provide for a reassessment consultation.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/activity.py" line="85" />
      <location filename="../../protoedit/cooperation/declarations.py" line="259" />
      <location filename="../../protoedit/cooperation/declarations.py" line="284" />
      <location filename="../../protoedit/cooperation/declarations.py" line="353" />
      <location filename="../../protoedit/cooperation/members.py" line="39" />
      <location filename="../../protoedit/cooperation/queries.py" line="228" />
      <source>déclaration</source>
      <translation>declaration</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/activity.py" line="91" />
      <source>Pas d'activité avant le mois de début du protocole.</source>
      <translation>No activity before the protocol's start month.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="62" />
      <source>Le protocole de coopération {code} contient une version invalide : {problems}</source>
      <translation>Cooperation protocol {code} contains an invalid version: {problems}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="25" />
      <source>date de début de validité</source>
      <translation>validity start date</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="26" />
      <source>date de fin de validité</source>
      <translation>validity end date</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="27" />
      <source>professions des délégants</source>
      <translation>delegating professions</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="28" />
      <source>professions des délégués</source>
      <translation>delegated professions</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="29" />
      <source>âge minimum</source>
      <translation>minimum age</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="30" />
      <source>âge maximum</source>
      <translation>maximum age</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="31" />
      <source>unité d'âge</source>
      <translation>age unit</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="32" />
      <source>durée de formation des délégués (heures)</source>
      <translation>training length for delegated professionals (hours)</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="33" />
      <source>référence du texte</source>
      <translation>text reference</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="34" />
      <source>date du texte</source>
      <translation>date of the text</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="35" />
      <source>financement</source>
      <translation>funding</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="36" />
      <source>forfait par patient (€)</source>
      <translation>flat fee per patient (€)</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="37" />
      <source>forfait de réévaluation (€)</source>
      <translation>reassessment fee (€)</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="38" />
      <source>délai de réévaluation</source>
      <translation>reassessment window</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="39" />
      <source>répartition par défaut</source>
      <translation>default split</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="40" />
      <source>part du délégué (€)</source>
      <translation>delegated professional's share (€)</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="41" />
      <source>part du délégant (€)</source>
      <translation>delegating professional's share (€)</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="42" />
      <source>critères d'inclusion</source>
      <translation>inclusion criteria</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="43" />
      <source>critères d'exclusion</source>
      <translation>exclusion criteria</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="44" />
      <source>déroulé de la prise en charge</source>
      <translation>care pathway</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="45" />
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="46" />
      <source>vérifié</source>
      <translation>checked</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="49" />
      <location filename="../../protoedit/exchange/check.py" line="26" />
      <source>un texte</source>
      <translation>a text</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="50" />
      <location filename="../../protoedit/exchange/check.py" line="27" />
      <source>un nombre entier</source>
      <translation>a whole number</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="51" />
      <location filename="../../protoedit/exchange/check.py" line="28" />
      <source>un nombre</source>
      <translation>a number</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="52" />
      <location filename="../../protoedit/exchange/check.py" line="29" />
      <source>une liste</source>
      <translation>a list</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="53" />
      <location filename="../../protoedit/exchange/check.py" line="30" />
      <source>un objet</source>
      <translation>an object</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="54" />
      <source>oui ou non</source>
      <translation>yes or no</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="55" />
      <source>vide</source>
      <translation>empty</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="140" />
      <source>À compléter</source>
      <translation>To be completed</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="131" />
      <source>mois</source>
      <translation>months</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="131" />
      <source>ans</source>
      <translation>years</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="216" />
      <location filename="../../protoedit/protocols/lifecycle.py" line="64" />
      <location filename="../../protoedit/protocols/queries.py" line="153" />
      <location filename="../../protoedit/protocols/reading.py" line="59" />
      <source>version</source>
      <translation>version</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="337" />
      <source>La version du protocole doit être un objet (champs et valeurs).</source>
      <translation>The protocol version must be an object (fields and values).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="348" />
      <source>Les versions du protocole doivent former une liste.</source>
      <translation>The protocol versions must form a list.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="350" />
      <source>Le protocole n'a aucune version datée.</source>
      <translation>The protocol has no dated version.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="219" />
      <source>{field}, élément n° {n}</source>
      <translation>{field}, entry no. {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="267" />
      <source>{field} : valeur invalide.</source>
      <translation>{field}: invalid value.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="133" />
      <source>{low} à {high} {unit}</source>
      <translation>{low} to {high} {unit}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="137" />
      <source>{low} {unit} et plus</source>
      <translation>{low} {unit} and over</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="139" />
      <source>jusqu'à {high} {unit}</source>
      <translation>up to {high} {unit}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="230" />
      <source>Champ obligatoire manquant : {field}.</source>
      <translation>Required field missing: {field}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="239" />
      <source>{field} : la valeur doit être {wanted}.</source>
      <translation>{field}: the value must be {wanted}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="242" />
      <source>{field} : date attendue au format AAAA-MM-JJ (reçu « {value} »).</source>
      <translation>{field}: date expected in YYYY-MM-DD format (got “{value}”).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="248" />
      <source>{field} : la valeur doit être supérieure ou égale à {n}.</source>
      <translation>{field}: the value must be at least {n}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="253" />
      <source>{field} : ne doit pas être vide.</source>
      <translation>{field}: must not be empty.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="255" />
      <source>{field} : la liste contient des doublons.</source>
      <translation>{field}: the list contains duplicates.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="259" />
      <source>{field} : valeur « {value} » non autorisée (valeurs possibles : {allowed}).</source>
      <translation>{field}: value “{value}” not allowed (possible values: {allowed}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="265" />
      <source>{field} : code « {value} » mal formé.</source>
      <translation>{field}: code “{value}” is malformed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="294" />
      <source>La date de fin de validité ({end}) doit être postérieure à la date de début ({start}).</source>
      <translation>The validity end date ({end}) must be after the start date ({start}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="301" />
      <source>L'âge minimum ({low}) est supérieur à l'âge maximum ({high}).</source>
      <translation>The minimum age ({low}) is greater than the maximum age ({high}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="354" />
      <source>Version n° {n} : {problem}</source>
      <translation>Version no. {n}: {problem}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="238" />
      <location filename="../../protoedit/exchange/check.py" line="164" />
      <source>ou</source>
      <translation>or</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="322" />
      <source>La répartition par défaut ({delegue} € + {delegant} €) ne correspond pas au forfait par patient ({per_patient} €).</source>
      <translation>The default split ({delegue} € + {delegant} €) does not match the flat fee per patient ({per_patient} €).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="362" />
      <source>Les versions commençant le {a} et le {b} se chevauchent.</source>
      <translation>The versions starting on {a} and on {b} overlap.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/catalog.py" line="310" />
      <source>{field} : profession inconnue « {code} ».</source>
      <translation>{field}: unknown profession “{code}”.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="125" />
      <source>Le code compte 2 à 40 caractères : lettres, chiffres et tirets.</source>
      <translation>The code has 2 to 40 characters: letters, digits and hyphens.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="127" />
      <source>Le titre du protocole est obligatoire.</source>
      <translation>The protocol title is required.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="129" />
      <source>Origine inconnue : choisissez national ou local.</source>
      <translation>Unknown origin: choose national or local.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="134" />
      <source>Version du protocole refusée : {problems}</source>
      <translation>Protocol version rejected: {problems}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="143" />
      <source>Ce code est celui d'un protocole du catalogue national.</source>
      <translation>This code belongs to a protocol in the national catalogue.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="146" />
      <source>Ce code est déjà utilisé par un protocole de l'équipe.</source>
      <translation>This code is already used by one of the team's protocols.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="228" />
      <source>Choisissez un protocole dans le catalogue.</source>
      <translation>Choose a protocol from the catalogue.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="230" />
      <location filename="../../protoedit/meetings/decisions.py" line="50" />
      <location filename="../../protoedit/meetings/meeting.py" line="85" />
      <source>Professionnel introuvable.</source>
      <translation>Professional not found.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="267" />
      <source>La déclaration est déposée : le protocole et la date de début ne peuvent plus changer.</source>
      <translation>The declaration has been filed: the protocol and start date can no longer change.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="286" />
      <source>Une déclaration déposée ne se supprime pas.</source>
      <translation>A filed declaration cannot be deleted.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="300" />
      <source>Structure non renseignée : indiquez son nom (et son FINESS s'il existe) dans l'écran Équipe.</source>
      <translation>Practice not filled in: enter its name (and its FINESS, if any) on the Team screen.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="323" />
      <source>Le référent déclarant doit faire partie des membres déclarés.</source>
      <translation>The declaring lead must be one of the declared members.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="334" />
      <source>Coordonnées du représentant légal manquantes.</source>
      <translation>Legal representative's contact details missing.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="356" />
      <source>Cette déclaration a déjà été déposée.</source>
      <translation>This declaration has already been filed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="358" />
      <source>Indiquez la date du dépôt.</source>
      <translation>Enter the filing date.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="361" />
      <source>La déclaration n'est pas prête. Problèmes à corriger d'abord : {count}. Premier : {first}</source>
      <translation>The declaration is not ready. Problems to fix first: {count}. First: {first}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="180" />
      <source>Ce protocole est déjà déclaré : son code ne change plus.</source>
      <translation>This protocol has already been declared: its code can no longer change.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="211" />
      <source>Montant de la répartition illisible.</source>
      <translation>The split amount cannot be read.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="313" />
      <source>Protocole « {code} » introuvable dans le catalogue.</source>
      <translation>Protocol “{code}” not found in the catalogue.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="308" />
      <source>Structure : {problem}</source>
      <translation>Practice: {problem}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/declarations.py" line="327" />
      <source>{name} : coordonnées du référent déclarant manquantes (e-mail ou téléphone), à compléter dans l'écran Équipe.</source>
      <translation>{name}: declaring lead's contact details missing (email or phone); add them on the Team screen.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/figures.py" line="61" />
      <source>Indiquez la durée de formation requise, en heures (par exemple 6 ou 7,5).</source>
      <translation>Enter the required training length, in hours (for example 6 or 7.5).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/figures.py" line="70" />
      <location filename="../../protoedit/cooperation/figures.py" line="109" />
      <source>version du protocole</source>
      <translation>protocol version</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/figures.py" line="79" />
      <source>Le catalogue indique déjà la durée de formation de cette version : elle ne se remplace pas.</source>
      <translation>The catalogue already gives this version's training length: it cannot be replaced.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="59" />
      <source>Choisissez un professionnel de l'équipe.</source>
      <translation>Choose a professional from the team.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="61" />
      <source>Choisissez le rôle : délégant ou délégué.</source>
      <translation>Choose the role: delegating or delegated.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="65" />
      <source>Nombre d'heures de formation invalide.</source>
      <translation>Invalid number of training hours.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="74" />
      <source>Ce professionnel fait déjà partie de l'équipe déclarée.</source>
      <translation>This professional is already part of the declared team.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="102" />
      <source>Indiquez la date du changement d'équipe.</source>
      <translation>Enter the date of the team change.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="105" />
      <source>Le changement d'équipe ne peut précéder le début du protocole.</source>
      <translation>The team change cannot be before the protocol start.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="110" />
      <source>Le changement d'équipe ne comporte ni arrivée ni départ.</source>
      <translation>The team change has no arrival or departure.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="115" />
      <source>Ce membre ne fait plus partie de l'équipe.</source>
      <translation>This member is no longer part of the team.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="118" />
      <source>Un départ doit suivre la date d'arrivée du membre.</source>
      <translation>A departure must come after the member's arrival date.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="161" />
      <source>La déclaration n'est pas encore déposée : modifiez directement la liste des membres.</source>
      <translation>The declaration has not been filed yet: edit the list of members directly.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="204" />
      <location filename="../../protoedit/cooperation/members.py" line="236" />
      <source>membre</source>
      <translation>member</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/members.py" line="212" />
      <source>La déclaration est déposée : un changement de membre ou de rôle se déclare comme une modification d'équipe.</source>
      <translation>The declaration has been filed: a change of member or role is declared as a team change.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/queries.py" line="30" />
      <source>En préparation</source>
      <translation>In preparation</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/queries.py" line="31" />
      <source>Déclarée</source>
      <translation>Declared</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/queries.py" line="32" />
      <source>Terminée</source>
      <translation>Ended</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/queries.py" line="34" />
      <source>national</source>
      <translation>national</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/queries.py" line="34" />
      <source>local</source>
      <translation>local</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/queries.py" line="313" />
      <source>modification d'équipe</source>
      <translation>team change</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="83" />
      <source>Durée de formation requise à renseigner dans le catalogue : la formation des délégués ne peut pas être vérifiée tant que la durée exigée par le protocole n'est pas connue.</source>
      <translation>Required training length to be entered in the catalogue: the delegated professionals' training cannot be checked until the length the protocol requires is known.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="309" />
      <source>Nombre de patients pris en charge dans le cadre du protocole</source>
      <translation>Number of patients cared for under the protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="310" />
      <source>Taux de reprise</source>
      <translation>Take-back rate</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="311" />
      <source>Actes repris par le délégant à la demande du délégué / actes réalisés par les délégués</source>
      <translation>Procedures taken back by the delegating professional at the delegated professional's request / procedures performed by delegated professionals</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="314" />
      <source>Taux d'événements indésirables</source>
      <translation>Adverse event rate</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="315" />
      <source>Événements indésirables déclarés / actes réalisés par les délégués</source>
      <translation>Adverse events reported / procedures performed by delegated professionals</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="316" />
      <source>Satisfaction des professionnels</source>
      <translation>Professional satisfaction</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="317" />
      <source>Réponses « satisfait » ou « très satisfait » / nombre de répondants</source>
      <translation>“Satisfied” or “very satisfied” answers / number of respondents</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="19" />
      <source>délégant</source>
      <translation>delegating</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="19" />
      <source>délégué</source>
      <translation>delegated</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="73" />
      <source>{profession} ne peut pas être {role} dans ce protocole (professions autorisées comme {role} : {allowed}).</source>
      <translation>{profession} cannot be the {role} professional in this protocol (professions allowed as {role}: {allowed}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="118" />
      <source>Date de signature de l'engagement manquante.</source>
      <translation>Commitment signing date missing.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="193" />
      <source>Aucun délégant : la déclaration en demande au moins un.</source>
      <translation>No delegating professional: the declaration requires at least one.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="195" />
      <source>Aucun délégué : la déclaration en demande au moins un.</source>
      <translation>No delegated professional: the declaration requires at least one.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="205" />
      <source>Date de début de mise en œuvre manquante.</source>
      <translation>Implementation start date missing.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="217" />
      <source>Référent déclarant manquant : choisissez le membre qui déclare.</source>
      <translation>Declaring lead missing: choose the declaring member.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="219" />
      <source>Représentant légal de la structure manquant.</source>
      <translation>Practice's legal representative missing.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="360" />
      <source>Un nombre saisi est négatif.</source>
      <translation>A number entered is negative.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="363" />
      <source>Plus d'actes repris par le délégant que d'actes réalisés par les délégués.</source>
      <translation>More procedures taken back by the delegating professional than procedures performed by delegated professionals.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="366" />
      <source>Plus de professionnels satisfaits que de répondants.</source>
      <translation>More satisfied professionals than respondents.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="368" />
      <source>Plus de patients réorientés vers le délégant que de patients inclus.</source>
      <translation>More patients referred back to the delegating professional than patients included.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="410" />
      <source>Une part de la répartition est négative.</source>
      <translation>A share of the split is negative.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="79" />
      <source>aucune</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="123" />
      <source>Attestation de formation manquante : indiquez la date de la formation.</source>
      <translation>Training certificate missing: enter the training date.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="127" />
      <source>Durée de la formation manquante : indiquez le nombre d'heures figurant sur l'attestation.</source>
      <translation>Training length missing: enter the number of hours shown on the certificate.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="151" />
      <source>Numéro RPPS manquant : il est obligatoire pour la déclaration.</source>
      <translation>RPPS number missing: it is required for the declaration.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="154" />
      <source>Numéro RPPS ou ADELI manquant : l'un des deux est obligatoire pour la déclaration.</source>
      <translation>RPPS or ADELI number missing: one of the two is required for the declaration.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="175" />
      <source>Membre n° {n}</source>
      <translation>Member no. {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="207" />
      <source>aujourd'hui</source>
      <translation>today</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="104" />
      <source>Rôle inconnu « {role} » : choisissez délégant ou délégué.</source>
      <translation>Unknown role “{role}”: choose delegating or delegated.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="165" />
      <source>Numéro RPPS manquant : la profession {profession} est identifiée par le RPPS, le numéro ADELI ne suffit pas.</source>
      <translation>RPPS number missing: the profession {profession} is identified by RPPS; an ADELI number is not enough.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="414" />
      <source>La répartition ({delegue} pour le délégué + {delegant} pour le délégant) ne correspond pas au forfait par patient ({per_patient}).</source>
      <translation>The split ({delegue} for the delegated professional + {delegant} for the delegating professional) does not match the flat fee per patient ({per_patient}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="108" />
      <source>Profession inconnue « {code} » : choisissez une profession dans la liste.</source>
      <translation>Unknown profession “{code}”: choose a profession from the list.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="139" />
      <source>Durée de la formation invalide : elle doit être positive.</source>
      <translation>Invalid training length: it must be positive.</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="209" />
      <source>La date de début ({start}) est en dehors de la période de validité de cette version du protocole (du {valid_from} au {until}).</source>
      <translation>The start date ({start}) is outside the validity period of this protocol version (from {valid_from} to {until}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/cooperation/rules.py" line="134" />
      <source>Formation insuffisante : {done} attestées, le protocole en demande {needed}.</source>
      <translation>Insufficient training: {done} certified, the protocol requires {needed}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/copy_aside.py" line="23" />
      <source>{title} (copie de mon poste)</source>
      <translation>{title} (copy from my PC)</translation>
    </message>
    <message>
      <location filename="../../protoedit/errors.py" line="16" />
      <source>Erreur inattendue.</source>
      <translation>Unexpected error.</translation>
    </message>
    <message>
      <location filename="../../protoedit/errors.py" line="63" />
      <source>Ce contenu a été modifié sur un autre poste depuis son ouverture.</source>
      <translation>This content has been changed on another PC since it was opened.</translation>
    </message>
    <message>
      <location filename="../../protoedit/errors.py" line="80" />
      <source>Élément introuvable : {what}.</source>
      <translation>Not found: {what}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="34" />
      <source>Le fichier « {name} » n'a pas été importé. Problèmes trouvés : {count}. Rien n'a été enregistré.
{listing}</source>
      <translation>The file “{name}” was not imported. Problems found: {count}. Nothing has been saved.
{listing}</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="31" />
      <source>true ou false</source>
      <translation>true or false</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="32" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="125" />
      <source>date attendue au format AAAA-MM-JJ (reçu « {value} »)</source>
      <translation>date expected in YYYY-MM-DD format (got “{value}”)</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="126" />
      <source>date et heure UTC attendues, par exemple 2024-03-05T17:30:00Z (reçu « {value} »)</source>
      <translation>UTC date and time expected, for example 2024-03-05T17:30:00Z (got “{value}”)</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="129" />
      <source>date et heure attendues, par exemple 2024-03-05T18:30 (reçu « {value} »)</source>
      <translation>date and time expected, for example 2024-03-05T18:30 (got “{value}”)</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="132" />
      <source>code « {value} » mal formé : 1 à 32 caractères, lettres sans accent, chiffres, tiret ou soulignement</source>
      <translation>code “{value}” is malformed: 1 to 32 characters, unaccented letters, digits, hyphen or underscore</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="136" />
      <source>code « {value} » mal formé : 2 à 40 caractères, lettres sans accent, chiffres, tiret ou soulignement</source>
      <translation>code “{value}” is malformed: 2 to 40 characters, unaccented letters, digits, hyphen or underscore</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="173" />
      <source>valeur attendue : {want} (reçu : {value})</source>
      <translation>expected value: {want} (got: {value})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="174" />
      <source>valeur « {value} » non autorisée (valeurs possibles : {want})</source>
      <translation>value “{value}” not allowed (possible values: {want})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="175" />
      <source>date ou heure impossible (reçu « {value} »)</source>
      <translation>impossible date or time (got “{value}”)</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="176" />
      <source>texte trop long ({size} caractères, au plus {want})</source>
      <translation>text too long ({size} characters, at most {want})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="177" />
      <location filename="../../protoedit/exchange/check.py" line="325" />
      <source>ne doit pas être vide</source>
      <translation>must not be empty</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="178" />
      <source>doit valoir au moins {want} (reçu : {value})</source>
      <translation>must be at least {want} (got: {value})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="179" />
      <source>doit valoir au plus {want} (reçu : {value})</source>
      <translation>must be at most {want} (got: {value})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="180" />
      <source>la liste ne doit pas être vide</source>
      <translation>the list must not be empty</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="182" />
      <source>valeur non conforme au format ({keyword})</source>
      <translation>value does not match the format ({keyword})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="184" />
      <source>valeur « {value} » mal formée</source>
      <translation>value “{value}” is malformed</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="149" />
      <source>champ obligatoire manquant</source>
      <translation>required field missing</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="157" />
      <source>champ « {key} » inconnu de ce format</source>
      <translation>field “{key}” is not part of this format</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="168" />
      <source>la valeur doit être {wanted} (reçu : {value})</source>
      <translation>the value must be {wanted} (got: {value})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="230" />
      <source>Ce fichier n'est pas un fichier d'échange ProtoEdit (le champ « format » devrait valoir « {format} »).</source>
      <translation>This file is not a ProtoEdit exchange file (the “format” field should be “{format}”).</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="242" />
      <source>Ce fichier a été créé par une version plus récente de ProtoEdit ({app}, format d'échange {version}) : installez cette version pour l'importer.</source>
      <translation>This file was created by a newer version of ProtoEdit ({app}, exchange format {version}): install that version to import it.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../protoedit/exchange/check.py" line="71" />
      <source>… et %n autre(s).</source>
      <translation>
        <numerusform>… and %n more.</numerusform>
        <numerusform>… and %n more.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="215" />
      <source>caractère invisible ou invalide interdit (U+{code}) en position {pos} : retirez-le</source>
      <translation>invisible or invalid character not allowed (U+{code}) at position {pos}: remove it</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="266" />
      <source>le code {code} figure déjà dans ce fichier ({other}) : chaque protocole doit avoir son propre code</source>
      <translation>code {code} already appears in this file ({other}): each protocol must have its own code</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="275" />
      <source>le titre est obligatoire</source>
      <translation>the title is required</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="295" />
      <source>contenu trop long ({size} caractères, au plus {limit})</source>
      <translation>content too long ({size} characters, at most {limit})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="283" />
      <source>numéro de version {n} en double</source>
      <translation>duplicate version number {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/check.py" line="317" />
      <source>point n° {n} inexistant (nombre de points de la réunion : {count})</source>
      <translation>item no. {n} does not exist (number of items in the meeting: {count})</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/export.py" line="44" />
      <source>protocole de coopération</source>
      <translation>cooperation protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/export.py" line="45" />
      <location filename="../../protoedit/meetings/decisions.py" line="224" />
      <location filename="../../protoedit/meetings/decisions.py" line="145" />
      <location filename="../../protoedit/meetings/meeting.py" line="50" />
      <location filename="../../protoedit/meetings/queries.py" line="298" />
      <source>réunion</source>
      <translation>meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/export.py" line="374" />
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/export.py" line="273" />
      <source>Type de document inconnu : {kind}.</source>
      <translation>Unknown document type: {kind}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="32" />
      <source>valeur attendue</source>
      <translation>value expected</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="33" />
      <source>virgule attendue</source>
      <translation>comma expected</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="34" />
      <source>deux-points attendus</source>
      <translation>colon expected</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="35" />
      <source>nom de champ entre guillemets attendu</source>
      <translation>field name in double quotes expected</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="38" />
      <source>caractère de contrôle non échappé dans un texte</source>
      <translation>unescaped control character in a string</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="39" />
      <source>séquence d'échappement invalide</source>
      <translation>invalid escape sequence</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="40" />
      <source>séquence \u invalide</source>
      <translation>invalid \u sequence</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="41" />
      <source>contenu en trop après la fin du document</source>
      <translation>extra content after the end of the document</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="74" />
      <source>Le fichier n'est pas un JSON valide : {reason} (ligne {line}, colonne {column}).</source>
      <translation>The file is not valid JSON: {reason} (line {line}, column {column}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="64" />
      <source>Le fichier est incomplet : il s'arrête avant la fin du document (ligne {line}, colonne {column}). Il a sans doute été tronqué pendant une copie ou un envoi.</source>
      <translation>The file is incomplete: it stops before the end of the document (line {line}, column {column}). It was probably truncated while being copied or sent.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="111" />
      <source>Le fichier est vide.</source>
      <translation>The file is empty.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="89" />
      <source>Le fichier est trop volumineux (plus de {limit} Mo).</source>
      <translation>The file is too large (over {limit} MB).</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="97" />
      <source>Fichier introuvable : {path}.</source>
      <translation>File not found: {path}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="105" />
      <source>Impossible de lire le fichier : {detail}.</source>
      <translation>Cannot read the file: {detail}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="122" />
      <source>Le fichier n'est pas un texte UTF-8 valide : octet 0x{byte} inattendu (ligne {line}, colonne {column}). Enregistrez-le en UTF-8.</source>
      <translation>The file is not valid UTF-8 text: unexpected byte 0x{byte} (line {line}, column {column}). Save it as UTF-8.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/importing.py" line="139" />
      <source>Le fichier contient des listes ou objets imbriqués trop profondément.</source>
      <translation>The file contains lists or objects nested too deeply.</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="116" />
      <location filename="../../protoedit/exchange/write.py" line="210" />
      <source>le code {code} est déjà utilisé dans cette base : protocole importé sous le code {new}</source>
      <translation>code {code} is already used in this database: protocol imported under code {new}</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="127" />
      <source>thème ACI « {theme} » inconnu de cette version : non repris</source>
      <translation>ACI theme “{theme}” unknown to this version: not imported</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="179" />
      <source>le protocole de coopération {code} fait partie du catalogue national de cette version : non importé</source>
      <translation>cooperation protocol {code} is part of this version's national catalogue: not imported</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="198" />
      <source>le protocole de coopération {code} est déjà présent, identique : non importé</source>
      <translation>cooperation protocol {code} is already present and identical: not imported</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="242" />
      <source>protocole {code} absent de cette base : lien non repris</source>
      <translation>protocol {code} is not in this database: link not imported</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="249" />
      <source>{name} ne fait pas partie de l'équipe : non repris</source>
      <translation>{name} is not in the team: not imported</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="368" />
      <source>le fichier ne contient aucun document</source>
      <translation>the file contains no documents</translation>
    </message>
    <message>
      <location filename="../../protoedit/exchange/write.py" line="353" />
      <source>réunion du {date} absente de cette base : la décision reste sans réunion de clôture</source>
      <translation>meeting of {date} is not in this database: the decision is left without a closing meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/french.py" line="42" />
      <source>non calculable</source>
      <translation>not calculable</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="38" />
      <source>Le numéro RPPS compte 11 chiffres.</source>
      <translation>An RPPS number has 11 digits.</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="40" />
      <source>Le numéro RPPS est invalide (clé de contrôle incorrecte) : vérifiez la saisie.</source>
      <translation>The RPPS number is invalid (wrong check digit): check what you typed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="48" />
      <source>Le numéro ADELI compte 9 caractères : le département (2 chiffres, ou 2A/2B) puis 7 chiffres.</source>
      <translation>An ADELI number has 9 characters: the département (2 digits, or 2A/2B) then 7 digits.</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="58" />
      <source>Le numéro FINESS compte 9 caractères (département, dont 2A/2B, puis 7 chiffres).</source>
      <translation>A FINESS number has 9 characters (département, including 2A/2B, then 7 digits).</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="62" />
      <source>Le numéro FINESS est invalide (clé de contrôle incorrecte) : vérifiez la saisie.</source>
      <translation>The FINESS number is invalid (wrong check digit): check what you typed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="72" />
      <source>Le numéro SIRET compte 14 chiffres.</source>
      <translation>A SIRET number has 14 digits.</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="75" />
      <source>Le numéro SIRET est invalide (clé de contrôle incorrecte) : vérifiez la saisie.</source>
      <translation>The SIRET number is invalid (wrong check digit): check what you typed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/identifiers.py" line="82" />
      <source>L'adresse e-mail n'a pas une forme valide.</source>
      <translation>The email address is not valid.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_contract.py" line="148" />
      <source>Le nombre de patients de 75 ans ou plus ou en ALD va de 1 à {max}.</source>
      <translation>The number of patients aged 75 or over or with ALD must be between 1 and {max}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="252" />
      <source>{n} cas de patient de 75 ans ou plus ou en ALD</source>
      <translation>{n} case of a patient aged 75 or over or with ALD</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="253" />
      <source>{n} cas de patients de 75 ans ou plus ou en ALD</source>
      <translation>{n} cases of patients aged 75 or over or with ALD</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="311" />
      <source>{n} protocole en vigueur</source>
      <translation>{n} protocol in force</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="311" />
      <source>{n} protocoles en vigueur</source>
      <translation>{n} protocols in force</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="231" />
      <source>{n} réunion tenue</source>
      <translation>{n} meeting held</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="231" />
      <source>{n} réunions tenues</source>
      <translation>{n} meetings held</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="280" />
      <source>à vérifier</source>
      <translation>to be checked</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="281" />
      <source>atteint</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="281" />
      <source>non atteint</source>
      <translation>not met</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="379" />
      <source>Critère du contrat ACI</source>
      <translation>ACI contract criterion</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="381" />
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="382" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="383" />
      <source>Euros</source>
      <translation>Euros</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="384" />
      <source>Ce qui manque</source>
      <translation>What's missing</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="396" />
      <source>Cas de patients discutés</source>
      <translation>Patient cases discussed</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="397" />
      <source>dont patients de 75 ans ou plus</source>
      <translation>of which patients aged 75 or over</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="398" />
      <source>dont patients en ALD</source>
      <translation>of which ALD (long-term condition) patients</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="399" />
      <source>dont patients de 75 ans ou plus ou en ALD</source>
      <translation>of which patients aged 75 or over or with ALD</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="408" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="408" />
      <source>Réunion</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="408" />
      <source>Cas discutés</source>
      <translation>Cases discussed</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="412" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="412" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="412" />
      <source>Thème ACI</source>
      <translation>ACI theme</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="412" />
      <source>En vigueur depuis</source>
      <translation>In force since</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="237" />
      <source>{n} réunion de plus</source>
      <translation>{n} more meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="237" />
      <source>{n} réunions de plus</source>
      <translation>{n} more meetings</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="244" />
      <source>Cas discutés : au moins {share} % des patients de la patientèle médecin traitant âgés de 75 ans ou plus ou en ALD</source>
      <translation>Cases discussed: at least {share}% of the patients aged 75 or over or with ALD registered with a practice GP</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="271" />
      <source>{cases} sur {patients} patients : {pct} % (il en faut {needed})</source>
      <translation>{cases} out of {patients} patients: {pct}% ({needed} needed)</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="403" />
      <source>Patients de 75 ans ou plus ou en ALD (patientèle médecin traitant)</source>
      <translation>Patients aged 75 or over or with ALD (registered with a practice GP)</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="228" />
      <source>Au moins {n} réunions de concertation par an</source>
      <translation>At least {n} team meetings a year</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="261" />
      <source> ; patients de l'année non saisis</source>
      <translation>; patients for the year not entered</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="274" />
      <source>{n} cas de plus</source>
      <translation>{n} more case(s)</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="293" />
      <source>Concertation pluriprofessionnelle : les deux conditions ci-dessus ({basis})</source>
      <translation>Multiprofessional team meetings: both conditions above ({basis})</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="298" />
      <source>{earned} sur {max} points</source>
      <translation>{earned} of {max} points</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="301" />
      <source>{earned} sur {max}</source>
      <translation>{earned} of {max}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="314" />
      <source>, {n} comptent</source>
      <translation>, {n} count</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="320" />
      <source>jusqu'à {n} de plus rapporteraient {points} points ({euros})</source>
      <translation>up to {n} more would earn {points} points ({euros})</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="330" />
      <source>Protocoles pluriprofessionnels sur les thèmes de l'annexe 3 : {points} points par protocole, {max} protocoles au plus</source>
      <translation>Multiprofessional protocols on Appendix 3 themes: {points} points per protocol, {max} protocols at most</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="338" />
      <location filename="../../protoedit/meetings/aci_report.py" line="356" />
      <source>{n} points</source>
      <translation>{n} points</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="380" />
      <source>Année {year}</source>
      <translation>Year {year}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="266" />
      <source>Saisir le nombre de patients de 75 ans ou plus ou en ALD de {year}</source>
      <translation>Enter the number of patients aged 75 or over or with ALD for {year}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="351" />
      <source>Total de ces critères (1 point = {euros})</source>
      <translation>Total of these criteria (1 point = {euros})</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/aci_report.py" line="405" />
      <source>saisi par {who} le {date}</source>
      <translation>entered by {who} on {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/agenda.py" line="50" />
      <source>Type de point inconnu.</source>
      <translation>Unknown item type.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/agenda.py" line="52" />
      <source>La durée prévue va de 1 à 480 minutes.</source>
      <translation>The planned duration must be 1 to 480 minutes.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/agenda.py" line="54" />
      <source>Consentement inconnu.</source>
      <translation>Unknown consent.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/agenda.py" line="42" />
      <location filename="../../protoedit/meetings/decisions.py" line="70" />
      <source>point</source>
      <translation>agenda item</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/agenda.py" line="201" />
      <source>Durée impossible.</source>
      <translation>Impossible duration.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/agenda.py" line="80" />
      <source>Protocole introuvable.</source>
      <translation>Protocol not found.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/agenda.py" line="140" />
      <source>Ce point porte des décisions : supprimez-les d'abord.</source>
      <translation>This item has decisions: delete them first.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/attendance.py" line="80" />
      <location filename="../../protoedit/team.py" line="74" />
      <source>Le nom est obligatoire.</source>
      <translation>The name is required.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/attendance.py" line="82" />
      <location filename="../../protoedit/team.py" line="76" />
      <source>Choisissez une profession dans la liste.</source>
      <translation>Choose a profession from the list.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/attendance.py" line="105" />
      <source>Présence inconnue.</source>
      <translation>Unknown attendance.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/attendance.py" line="25" />
      <location filename="../../protoedit/protocols/reading.py" line="60" />
      <location filename="../../protoedit/team.py" line="259" />
      <location filename="../../protoedit/team.py" line="276" />
      <location filename="../../protoedit/team.py" line="322" />
      <source>professionnel</source>
      <translation>professional</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/attendance.py" line="27" />
      <source>Ce professionnel est déjà invité.</source>
      <translation>This professional is already invited.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/attendance.py" line="59" />
      <source>Tous les professionnels actifs de l'équipe sont déjà invités.</source>
      <translation>All the team's active professionals are already invited.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/attendance.py" line="95" />
      <location filename="../../protoedit/meetings/attendance.py" line="107" />
      <source>invité</source>
      <translation>invitee</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="29" />
      <source>Révision décidée en réunion du {date}{title} : {text}</source>
      <translation>Revision decided at the meeting of {date}{title}: {text}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="60" />
      <location filename="../../protoedit/meetings/decisions.py" line="177" />
      <location filename="../../protoedit/quality/cycles.py" line="196" />
      <source>décision</source>
      <translation>decision</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="129" />
      <source>Statut de décision inconnu.</source>
      <translation>Unknown decision status.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="43" />
      <source>Le texte de la décision est obligatoire.</source>
      <translation>The decision text is required.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="105" />
      <source>Cette décision a déjà un suivi : elle ne peut plus être supprimée.</source>
      <translation>This decision already has a follow-up: it can no longer be deleted.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="132" />
      <source>Indiquez en quelques mots pourquoi.</source>
      <translation>Say why in a few words.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="134" />
      <source>Une nouvelle échéance ne se donne qu'en reportant.</source>
      <translation>A new due date can only be set when postponing.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="180" />
      <source>Une révision du protocole a déjà été ouverte pour cette décision.</source>
      <translation>A protocol revision has already been opened for this decision.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="183" />
      <location filename="../../protoedit/quality/cycles.py" line="203" />
      <source>Cette décision a été annulée.</source>
      <translation>This decision has been cancelled.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="187" />
      <location filename="../../protoedit/quality/cycles.py" line="200" />
      <source>Cette décision n'est pas rattachée à un point de travail sur un protocole.</source>
      <translation>This decision is not linked to a protocol work item.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="141" />
      <source>Cette décision a été soldée dans le compte rendu clos du {date}.</source>
      <translation>This decision was settled in the minutes closed on {date}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/decisions.py" line="150" />
      <source>Le suivi d'une décision se fait dans une réunion postérieure.</source>
      <translation>A decision is followed up in a later meeting.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="128" />
      <source>L'ordre du jour complet (PDF) et l'invitation pour votre agenda (.ics) sont joints à ce message.</source>
      <translation>The full agenda (PDF) and the invitation for your calendar (.ics) are attached to this message.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="109" />
      <source>Bonjour,</source>
      <translation>Hello,</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="111" />
      <source>Vous êtes invité(e) à la réunion suivante :</source>
      <translation>You are invited to the following meeting:</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="121" />
      <source>Ordre du jour :</source>
      <translation>Agenda:</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="225" />
      <source>invitation</source>
      <translation>invitation</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="50" />
      <source>Ordre du jour : {title}, {date}</source>
      <translation>Agenda: {title}, {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="113" />
      <source>Date : {date}, {start} – {end}</source>
      <translation>Date: {date}, {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="101" />
      <source>demandé par {who}</source>
      <translation>requested by {who}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/invitation.py" line="118" />
      <source>Lieu : {place}</source>
      <translation>Place: {place}</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="70" />
      <source>La date de la réunion est obligatoire.</source>
      <translation>The meeting date is required.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="72" />
      <source>Type de réunion inconnu.</source>
      <translation>Unknown meeting type.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="40" />
      <source>Le compte rendu de la réunion du {date} est clos : il ne peut plus être modifié. Ajoutez une rectification.</source>
      <translation>The minutes of the meeting of {date} are closed: they can no longer be edited. Add an amendment.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="203" />
      <source>La réunion est prévue le {date} : elle ne peut être marquée comme tenue, ni son compte rendu clos, qu'à partir de ce jour-là.</source>
      <translation>The meeting is planned for {date}: it cannot be marked as held, nor its minutes closed, before that day.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="265" />
      <source>La rectification est vide.</source>
      <translation>The amendment is empty.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="219" />
      <source>Cette réunion est déjà marquée comme tenue.</source>
      <translation>This meeting is already marked as held.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="234" />
      <source>Marquez d'abord la réunion comme tenue avant de clore son compte rendu.</source>
      <translation>Mark the meeting as held before closing its minutes.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="254" />
      <source>Seule une réunion prévue, sans suivi de décision, se supprime.</source>
      <translation>Only a planned meeting with no decision follow-up can be deleted.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/meeting.py" line="269" />
      <source>Le compte rendu n'est pas clos : modifiez-le directement.</source>
      <translation>The minutes are not closed: edit them directly.</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="28" />
      <source>Réunion de concertation pluriprofessionnelle</source>
      <translation>Multiprofessional case-review meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="29" />
      <source>Réunion de travail sur les protocoles</source>
      <translation>Protocol working meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="30" />
      <source>Revue des événements indésirables</source>
      <translation>Adverse event review</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="31" />
      <source>Réunion d'organisation</source>
      <translation>Organisational meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="34" />
      <source>Situation de patient</source>
      <translation>Patient case</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="35" />
      <source>Événement indésirable</source>
      <translation>Adverse event</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="36" />
      <source>Travail sur un protocole</source>
      <translation>Protocol work</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="37" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="38" />
      <source>Revue qualité</source>
      <translation>Quality review</translation>
    </message>
    <message>
      <location filename="../../protoedit/meetings/queries.py" line="289" />
      <source>point de l'ordre du jour</source>
      <translation>agenda item</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="35" />
      <source>Cette version n'est pas soumise à validation : soumettez-la d'abord.</source>
      <translation>This version has not been submitted for approval: submit it first.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="38" />
      <source>Cette version est déjà validée.</source>
      <translation>This version is already approved.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="44" />
      <source>Cette version ne peut pas être soumise ; à régler d'abord :
{problems}</source>
      <translation>This version cannot be submitted; fix these first:
{problems}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="151" />
      <source>Approuve cette version du protocole.</source>
      <translation>Approves this version of the protocol.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="222" />
      <source>Indiquez la raison du refus.</source>
      <translation>Give the reason for rejection.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="70" />
      <source>Choisissez un professionnel actif de l'équipe.</source>
      <translation>Choose an active professional from the team.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="74" />
      <source>{name} n'a pas encore de code personnel : il se définit dans l'écran Équipe (fiche de {name}, « Code personnel »).</source>
      <translation>{name} has no personal code yet: it is set on the Team screen ({name}'s record, “Personal code”).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="82" />
      <source>Code personnel incorrect.</source>
      <translation>Incorrect personal code.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="249" />
      <source>La prochaine date de révision doit être postérieure à aujourd'hui.</source>
      <translation>The next review date must be after today.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="119" />
      <source>Cette version est déjà soumise à validation.</source>
      <translation>This version has already been submitted for approval.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="159" />
      <source>{name} a déjà signé cette version : une autre signature est nécessaire.</source>
      <translation>{name} has already signed this version: another signature is needed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/approvals.py" line="257" />
      <source>Seule la version validée en vigueur peut être marquée « relue, sans modification ».</source>
      <translation>Only the approved version in force can be marked “reviewed, no changes”.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/cleaning.py" line="41" />
      <source>Le code compte 1 à 32 caractères : lettres sans accent, chiffres, tiret ou soulignement (par exemple DIAB-01).</source>
      <translation>The code has 1 to 32 characters: unaccented letters, digits, hyphen or underscore (for example DIAB-01).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/cleaning.py" line="46" />
      <location filename="../../protoedit/protocols/completeness.py" line="83" />
      <source>Le titre est obligatoire.</source>
      <translation>The title is required.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/cleaning.py" line="48" />
      <source>Thème ACI inconnu : choisissez-le dans la liste.</source>
      <translation>Unknown ACI theme: choose one from the list.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/cleaning.py" line="115" />
      <location filename="../../protoedit/textclean.py" line="26" />
      <location filename="../../protoedit/textclean.py" line="39" />
      <source>Texte trop long ({size} caractères, au plus {limit}). Rien n'a été enregistré.</source>
      <translation>Text too long ({size} characters, at most {limit}). Nothing has been saved.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/cleaning.py" line="100" />
      <source>Niveau de preuve inconnu « {value} » : 1, 2, 3 ou 4.</source>
      <translation>Unknown level of evidence “{value}”: 1, 2, 3 or 4.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/cleaning.py" line="108" />
      <source>Grade inconnu « {value} » : A, B, C ou AE (accord d'experts).</source>
      <translation>Unknown grade “{value}”: A, B, C or AE (expert consensus).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="88" />
      <source>Section « {section} » : à compléter (obligatoire pour soumettre).</source>
      <translation>Section “{section}”: to be completed (required to submit).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="90" />
      <source>Section « {section} » : à compléter.</source>
      <translation>Section “{section}”: to be completed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="110" />
      <source>Aucune étape n'indique de signe d'alerte.</source>
      <translation>No step states a warning sign.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="117" />
      <source>Aucun indicateur : prévoyez au moins le nombre de patients inclus.</source>
      <translation>No indicators: include at least the number of patients included.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="122" />
      <source>Aucune date de révision prévue.</source>
      <translation>No review date planned.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="124" />
      <source>Aucune référence citée.</source>
      <translation>No references cited.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="130" />
      <source>Le protocole ne compte aucune étape.</source>
      <translation>The protocol has no steps.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="175" />
      <source>Aucune synthèse documentaire : notez les questions du groupe de travail et les réponses trouvées dans la littérature.</source>
      <translation>No documentary synthesis: note the working group's questions and the answers found in the literature.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="101" />
      <source>La profession « {profession} » a des étapes mais personne de cette profession n'est dans le groupe de travail.</source>
      <translation>The profession “{profession}” has steps but nobody from that profession is in the working group.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="139" />
      <source>Étape {step} : indiquez qui intervient (au moins une profession).</source>
      <translation>Step {step}: state who is involved (at least one profession).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="148" />
      <source>Étape {step} : indiquez ce qui est fait.</source>
      <translation>Step {step}: state what is done.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="158" />
      <source>Étape {step} : contient encore « À compléter ».</source>
      <translation>Step {step}: still contains “To be completed”.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="190" />
      <source>Synthèse documentaire, ligne {n} : la question est à compléter.</source>
      <translation>Documentary synthesis, row {n}: fill in the question.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="199" />
      <source>Synthèse documentaire, ligne {n} : la réponse documentée est à compléter.</source>
      <translation>Documentary synthesis, row {n}: fill in the documented answer.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="208" />
      <source>Synthèse documentaire, ligne {n} : citez la source.</source>
      <translation>Documentary synthesis, row {n}: cite the source.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="217" />
      <source>Synthèse documentaire, ligne {n} : indiquez le niveau de preuve.</source>
      <translation>Documentary synthesis, row {n}: give the level of evidence.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/completeness.py" line="227" />
      <source>Message clé {n} : indiquez son grade (A, B, C ou accord d'experts).</source>
      <translation>Key message {n}: give its grade (A, B, C or expert consensus).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="232" />
      <source>Ajouté : {label}</source>
      <translation>Added: {label}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="233" />
      <source>Supprimé : {label}</source>
      <translation>Deleted: {label}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="234" />
      <source>Déplacé : {label} (position {old} → {new})</source>
      <translation>Moved: {label} (position {old} → {new})</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="235" />
      <source>Modifié : {label}</source>
      <translation>Changed: {label}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="238" />
      <source>Section « {title} » ajoutée</source>
      <translation>Section “{title}” added</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="239" />
      <source>Section « {title} » supprimée</source>
      <translation>Section “{title}” deleted</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="240" />
      <source>Section « {title} » modifiée</source>
      <translation>Section “{title}” changed</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="243" />
      <source>Étapes</source>
      <translation>Steps</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="244" />
      <source>Indicateurs</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="245" />
      <source>Références</source>
      <translation>References</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="246" />
      <source>Synthèse documentaire</source>
      <translation>Documentary synthesis</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="247" />
      <source>Messages clés gradés</source>
      <translation>Graded key messages</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="253" />
      <location filename="../../protoedit/protocols/merge.py" line="307" />
      <source>(sans titre)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="267" />
      <source>Aucune modification.</source>
      <translation>No changes.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="284" />
      <source>(déplacé, position {old} → {new})</source>
      <translation>(moved, position {old} → {new})</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="36" />
      <source>Le code {code} est déjà utilisé par un autre protocole. Choisissez-en un autre.</source>
      <translation>The code {code} is already used by another protocol. Choose a different one.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="39" />
      <source>Cette version est figée (validée, remplacée ou archivée). Révisez-la pour la modifier : une nouvelle version brouillon sera créée.</source>
      <translation>This version is locked (approved, superseded or archived). Revise it to make changes: a new draft version will be created.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="43" />
      <source>Cette version est en cours de validation : elle ne peut plus être modifiée. Pour la corriger, un validateur doit la refuser (retour en brouillon).</source>
      <translation>This version is awaiting approval: it can no longer be edited. To correct it, an approver must reject it (back to draft).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="47" />
      <source>Ce protocole n'a pas de version brouillon : la version validée est figée. Ouvrez une révision pour changer son code, son titre ou son thème ACI.</source>
      <translation>This protocol has no draft version: the approved version is locked. Open a revision to change its code, title or ACI theme.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="277" />
      <source>Indiquez ce qui motive la révision.</source>
      <translation>Give the reason for the revision.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="331" />
      <source>Ce protocole est déjà archivé.</source>
      <translation>This protocol is already archived.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="166" />
      <source>Professionnel inconnu dans le groupe de travail ({ids}).</source>
      <translation>Unknown professional in the working group ({ids}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="253" />
      <source>Ce protocole est archivé : il ne peut plus être modifié.</source>
      <translation>This protocol is archived: it can no longer be edited.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="284" />
      <source>La version {number} est déjà en cours (brouillon ou en validation) : terminez-la avant d'en ouvrir une autre.</source>
      <translation>Version {number} is already in progress (draft or awaiting approval): finish it before opening another.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/lifecycle.py" line="292" />
      <source>Ce protocole n'a pas de version validée en vigueur (remplacée ou archivée) : il ne peut pas être révisé.</source>
      <translation>This protocol has no approved version in force (superseded or archived): it cannot be revised.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="130" />
      <source>(retiré de la liste)</source>
      <translation>(removed from the list)</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="97" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="97" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="352" />
      <source>Ordre : {name}</source>
      <translation>Order: {name}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="32" />
      <source>Copie locale hors ligne : votre lecture ne peut pas être enregistrée ici (le serveur est injoignable). Cliquez sur « J'ai lu cette version » quand ProtoEdit sera de nouveau connecté au serveur.</source>
      <translation>Offline local copy: your reading cannot be recorded here (the server cannot be reached). Click “I have read this version” when ProtoEdit is connected to the server again.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="263" />
      <source>Non lu</source>
      <translation>Not read</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="363" />
      <source>À lire : {code} version {n}</source>
      <translation>To read: {code} version {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="365" />
      <source>Bonjour,

La version {n} du protocole {code} — {title} est en vigueur. Merci de la lire dans ProtoEdit (consultation) puis de cliquer sur « J'ai lu cette version ».
</source>
      <translation>Hello,

Version {n} of the protocol {code} — {title} is in force. Please read it in ProtoEdit (consultation), then click “I have read this version”.
</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="63" />
      <source>Seule la version en vigueur peut être marquée comme lue (la version {number} n'est plus en vigueur : rouvrez le protocole).</source>
      <translation>Only the version in force can be marked as read (version {number} is no longer in force: reopen the protocol).</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="253" />
      <source>Lu le {date} (version {n})</source>
      <translation>Read on {date} (version {n})</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="256" />
      <source>À jour : rien ne change pour sa profession depuis la version {n} lue le {date}</source>
      <translation>Up to date: nothing changes for their profession since version {n}, read on {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/reading.py" line="260" />
      <source>Non lu — dernière lecture : version {n} le {date}</source>
      <translation>Not read — last reading: version {n} on {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="197" />
      <source>Rien ne change pour vous.</source>
      <translation>Nothing changes for you.</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="199" />
      <source>Nouvelle étape {n} « {title} »</source>
      <translation>New step {n} “{title}”</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="200" />
      <source>Étape « {title} » supprimée</source>
      <translation>Step “{title}” removed</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="201" />
      <source>Étape « {title} » déplacée (position {old} → {n})</source>
      <translation>Step “{title}” moved (position {old} → {n})</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="202" />
      <source>Étape {n} « {title} » modifiée</source>
      <translation>Step {n} “{title}” changed</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="203" />
      <source>Étape {n} « {title} » : désormais pour vous (avant : {others})</source>
      <translation>Step {n} “{title}”: now yours (before: {others})</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="204" />
      <source>Étape « {title} » : plus pour vous, désormais {others}</source>
      <translation>Step “{title}”: no longer yours, now {others}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="210" />
      <source>toute l'équipe</source>
      <translation>the whole team</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="265" />
      <source>Message clé modifié : {text}</source>
      <translation>Key message changed: {text}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="263" />
      <source>Nouveau message clé : {text}</source>
      <translation>New key message: {text}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="264" />
      <source>Message clé retiré : {text}</source>
      <translation>Key message removed: {text}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="229" />
      <source>(anciennement « {old} »)</source>
      <translation>(formerly “{old}”)</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="245" />
      <source>Alerte de l'étape « {title} » ({others}) : {alert}</source>
      <translation>Alert of step “{title}” ({others}): {alert}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="257" />
      <source>« {title} » modifié : {text}</source>
      <translation>“{title}” changed: {text}</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="250" />
      <source>supprimée</source>
      <translation>removed</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/what_changed.py" line="258" />
      <source>texte retiré</source>
      <translation>text removed</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="39" />
      <source>Révision issue du cycle PDSA {number} ({act}) : {aim}</source>
      <translation>Revision from PDSA cycle {number} ({act}): {aim}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="40" />
      <source>adopter</source>
      <translation>adopt</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="40" />
      <source>adapter</source>
      <translation>adapt</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="40" />
      <source>abandonner</source>
      <translation>abandon</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="77" />
      <source>Choisissez : adopter, adapter ou abandonner.</source>
      <translation>Choose: adopt, adapt or abandon.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="79" />
      <source>Écrivez l'étude (Study) avant de décider (Act).</source>
      <translation>Write the Study before deciding (Act).</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="83" />
      <source>Indiquez quand le test a commencé (Do) avant d'en étudier les résultats.</source>
      <translation>Say when the test started (Do) before studying its results.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="89" />
      <source>La fin du test précède son début.</source>
      <translation>The test ends before it starts.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="95" />
      <source>Indiquez le but du cycle (Plan).</source>
      <translation>Give the cycle's aim (Plan).</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="170" />
      <location filename="../../protoedit/quality/cycles.py" line="219" />
      <location filename="../../protoedit/quality/cycles.py" line="233" />
      <location filename="../../protoedit/quality/queries.py" line="280" />
      <source>cycle PDSA</source>
      <translation>PDSA cycle</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="174" />
      <source>Ce cycle a ouvert une révision du protocole : sa décision (Act) ne peut plus changer.</source>
      <translation>This cycle opened a protocol revision: its decision (Act) can no longer change.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="205" />
      <source>Un cycle PDSA a déjà été lancé pour cette décision.</source>
      <translation>A PDSA cycle has already been started for this decision.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="221" />
      <source>Une révision du protocole a déjà été ouverte pour ce cycle.</source>
      <translation>A protocol revision has already been opened for this cycle.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/cycles.py" line="224" />
      <source>Seul un cycle conclu par « adopter » ou « adapter » ouvre une révision du protocole.</source>
      <translation>Only a cycle concluded with "adopt" or "adapt" opens a protocol revision.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="73" />
      <source>Le numérateur ({num}) dépasse le dénominateur ({den}).</source>
      <translation>The numerator ({num}) is greater than the denominator ({den}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="106" />
      <source>La période {period} n'a pas encore commencé.</source>
      <translation>The period {period} has not started yet.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="131" />
      <source>Une mesure existe déjà pour « {indicator} » en {period} : modifiez-la plutôt.</source>
      <translation>There is already a measurement of "{indicator}" for {period}: edit it instead.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="38" />
      <source>Indiquez un numérateur et un dénominateur, ou une valeur.</source>
      <translation>Enter a numerator and a denominator, or a value.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="43" />
      <source>Indiquez soit un numérateur et un dénominateur, soit une valeur, pas les deux.</source>
      <translation>Enter either a numerator and a denominator, or a value, not both.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="51" />
      <source>Indiquez le numérateur et le dénominateur.</source>
      <translation>Enter both the numerator and the denominator.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="57" />
      <source>Les nombres ne peuvent pas être négatifs.</source>
      <translation>Numbers cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="66" />
      <source>Le dénominateur ne peut pas être nul : il compte les patients concernés.</source>
      <translation>The denominator cannot be zero: it counts the patients concerned.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="79" />
      <source>Nombre trop grand.</source>
      <translation>Number too large.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="84" />
      <source>Indiquez la période mesurée.</source>
      <translation>Enter the period measured.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="101" />
      <source>Cet indicateur n'est pas dans le protocole.</source>
      <translation>This indicator is not in the protocol.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/measurements.py" line="187" />
      <location filename="../../protoedit/quality/measurements.py" line="203" />
      <source>mesure</source>
      <translation>measurement</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/rules.py" line="214" />
      <source>Point inhabituel, très éloigné des autres : {start}</source>
      <translation>Unusual point, far from the others: {start}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/rules.py" line="201" />
      <source>Signal : {n} points consécutifs au-dessus de la médiane depuis {start}</source>
      <translation>Signal: {n} consecutive points above the median since {start}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/rules.py" line="202" />
      <source>Signal : {n} points consécutifs au-dessous de la médiane depuis {start}</source>
      <translation>Signal: {n} consecutive points below the median since {start}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/rules.py" line="205" />
      <source>Tendance : {n} points en hausse de {start} à {end}</source>
      <translation>Trend: {n} points rising from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/rules.py" line="206" />
      <source>Tendance : {n} points en baisse de {start} à {end}</source>
      <translation>Trend: {n} points falling from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/rules.py" line="209" />
      <source>Trop peu de séries : {runs} pour {n} points utiles (attendu {low} à {high})</source>
      <translation>Too few runs: {runs} for {n} useful points (expected {low} to {high})</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/rules.py" line="212" />
      <source>Trop de séries : {runs} pour {n} points utiles (attendu {low} à {high})</source>
      <translation>Too many runs: {runs} for {n} useful points (expected {low} to {high})</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/protocol_html.py" line="56" />
      <source>Étapes : qui fait quoi, quand, comment</source>
      <translation>Steps: who does what, when, how</translation>
    </message>
    <message>
      <location filename="../../protoedit/render/protocol_html.py" line="25" />
      <source>BROUILLON</source>
      <translation>DRAFT</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/backup.py" line="162" />
      <source>Aucune base à cet endroit : {path}. Rien n'a été restauré. Vérifiez le chemin ; pour restaurer quand même ici, créez d'abord une base : python main.py --db "{path}" init</source>
      <translation>No database at this location: {path}. Nothing has been restored. Check the path; to restore here anyway, first create a database: python main.py --db "{path}" init</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/backup.py" line="190" />
      <source>La restauration a échoué : {detail}</source>
      <translation>The restore failed: {detail}</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/check.py" line="34" />
      <source>Version du schéma : {current}, attendue : {expected}.</source>
      <translation>Schema version: {current}, expected: {expected}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/check.py" line="48" />
      <source>Référence brisée : table {table}, ligne {row}, vers la table {parent}.</source>
      <translation>Broken reference: table {table}, row {row}, to table {parent}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/check.py" line="43" />
      <source>Intégrité du fichier : {detail}</source>
      <translation>File integrity: {detail}</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/database.py" line="38" />
      <source>Aucune base à cet endroit : {path}. Vérifiez le chemin ; pour créer une base neuve ici : python main.py --db "{path}" init</source>
      <translation>No database at this location: {path}. Check the path; to create a new database here: python main.py --db "{path}" init</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/database.py" line="42" />
      <source>La base de données est en lecture seule : impossible d'enregistrer. Le fichier {path} n'est pas modifiable (droits du fichier). Vous pouvez consulter ; pour modifier, demandez le droit d'écriture sur ce fichier.</source>
      <translation>The database is read-only: cannot save. The file {path} cannot be modified (file permissions). You can view; to make changes, ask for write permission on this file.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/database.py" line="47" />
      <source>La base de données est en lecture seule : impossible d'enregistrer. Le dossier {folder} n'est pas modifiable (droits du dossier) et SQLite doit y écrire à côté du fichier. Vous pouvez consulter ; pour modifier, demandez le droit d'écriture sur ce dossier.</source>
      <translation>The database is read-only: cannot save. The folder {folder} cannot be modified (folder permissions) and SQLite must write there beside the file. You can view; to make changes, ask for write permission on this folder.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/database.py" line="52" />
      <source>La base {path} est en lecture seule et doit d'abord être mise à jour par cette version de ProtoEdit : demandez le droit d'écriture, puis rouvrez-la.</source>
      <translation>The database {path} is read-only and must first be upgraded by this version of ProtoEdit: ask for write permission, then reopen it.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/database.py" line="212" />
      <source>Le dossier {path} n'existe pas.</source>
      <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/database.py" line="253" />
      <source>La base de données doit être mise à jour avant usage.</source>
      <translation>The database must be upgraded before use.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="28" />
      <source>La base de données est verrouillée par un autre programme. Réessayez dans un instant.</source>
      <translation>The database is locked by another program. Try again in a moment.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="31" />
      <source>La base de données est en lecture seule : impossible d'enregistrer. Vérifiez les droits du fichier {path}.</source>
      <translation>The database is read-only: cannot save. Check the permissions of the file {path}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="34" />
      <source>Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez.</source>
      <translation>The disk is full: nothing has been saved. Free up some space and try again.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="35" />
      <source>Impossible d'écrire dans la base de données {path} (fichier protégé ou erreur du disque) : rien n'a été enregistré.</source>
      <translation>Cannot write to the database {path} (protected file or disk error): nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="38" />
      <source>Le fichier {path} n'est pas une base ProtoEdit lisible (fichier endommagé ou d'un autre type). Il n'a pas été modifié.</source>
      <translation>The file {path} is not a readable ProtoEdit database (damaged file or another file type). It has not been changed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="41" />
      <source>Impossible d'ouvrir la base de données {path} : dossier absent ou inaccessible.</source>
      <translation>Cannot open the database {path}: folder missing or inaccessible.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="44" />
      <source>Le serveur PostgreSQL a refusé l'identifiant ou le mot de passe.</source>
      <translation>The PostgreSQL server rejected the user name or password.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="45" />
      <source>Le serveur PostgreSQL {host} est injoignable. Vérifiez le réseau et l'adresse.</source>
      <translation>The PostgreSQL server {host} cannot be reached. Check the network and the address.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="48" />
      <source>La base « {database} » n'existe pas sur le serveur PostgreSQL.</source>
      <translation>The database “{database}” does not exist on the PostgreSQL server.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="49" />
      <source>Le serveur PostgreSQL {host} démarre ou s'arrête : réessayez dans un instant.</source>
      <translation>The PostgreSQL server {host} is starting up or shutting down: try again in a moment.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="52" />
      <source>Le serveur PostgreSQL a signalé une erreur : {detail}</source>
      <translation>The PostgreSQL server reported an error: {detail}</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/errors.py" line="132" />
      <source>La base de données est en lecture seule : impossible d'enregistrer. Le serveur PostgreSQL n'accepte que la lecture ; demandez à son administrateur.</source>
      <translation>The database is read-only: cannot save. The PostgreSQL server only accepts reads; ask its administrator.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/preflight.py" line="17" />
      <source>Cette base de données a été créée par une version plus récente de ProtoEdit ({version}). Installez cette version pour l'ouvrir ; rien n'a été modifié.</source>
      <translation>This database was created by a newer version of ProtoEdit ({version}). Install that version to open it; nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/preflight.py" line="21" />
      <source>Cette base de données a été créée par une version plus récente de ProtoEdit. Installez la dernière version pour l'ouvrir ; rien n'a été modifié.</source>
      <translation>This database was created by a newer version of ProtoEdit. Install the latest version to open it; nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/probe.py" line="17" />
      <source>Connexion réussie : base à jour.</source>
      <translation>Connection successful: database up to date.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/probe.py" line="18" />
      <source>Connexion réussie : base vide, elle sera préparée au premier démarrage.</source>
      <translation>Connection successful: empty database, it will be set up at first start-up.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/probe.py" line="19" />
      <source>Connexion réussie : base d'une version précédente, elle sera mise à jour (avec sauvegarde).</source>
      <translation>Connection successful: database from an earlier version, it will be upgraded (with a backup).</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/probe.py" line="22" />
      <source>Le fichier n'existe pas encore : il sera créé au premier démarrage.</source>
      <translation>The file does not exist yet: it will be created at first start-up.</translation>
    </message>
    <message>
      <location filename="../../protoedit/store/probe.py" line="23" />
      <source>Attention : ce fichier est sur un partage réseau. SQLite peut s'y corrompre quand plusieurs postes l'utilisent ; pour plusieurs postes, utilisez un serveur PostgreSQL.</source>
      <translation>Warning: this file is on a network share. SQLite can become corrupted there when several PCs use it; for several PCs, use a PostgreSQL server.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="61" />
      <source>Le nom de la structure est obligatoire.</source>
      <translation>The practice name is required.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="63" />
      <source>Type de structure inconnu.</source>
      <translation>Unknown practice type.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="246" />
      <source>Le code personnel compte de 4 à 12 chiffres (sans lettres ni espaces).</source>
      <translation>The personal code has 4 to 12 digits (no letters or spaces).</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="262" />
      <source>{name} a déjà un code personnel : pour le changer, donnez le code actuel.</source>
      <translation>{name} already has a personal code: to change it, give the current code.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="279" />
      <source>{name} n'a pas encore de code personnel : définissez-le.</source>
      <translation>{name} has no personal code yet: set one.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="284" />
      <source>Le code actuel est incorrect.</source>
      <translation>The current code is incorrect.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="288" />
      <source>Le nouveau code est identique au code actuel.</source>
      <translation>The new code is the same as the current code.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="325" />
      <source>{name} n'a pas de code personnel à réinitialiser.</source>
      <translation>{name} has no personal code to reset.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="338" />
      <source>Seul un autre membre actif de l'équipe peut réinitialiser le code de {name}.</source>
      <translation>Only another active team member can reset {name}'s code.</translation>
    </message>
    <message>
      <location filename="../../protoedit/team.py" line="331" />
      <source>Seul(e) un(e) coordinateur(trice) de l'équipe peut réinitialiser le code de {name}.</source>
      <translation>Only a team coordinator can reset {name}'s code.</translation>
    </message>
    <message>
      <source>{count} document(s) exporté(s) dans {path}</source>
      <translation type="vanished">{count} document(s) exported to {path}</translation>
    </message>
    <message>
      <source>Le fichier « {name} » n'a pas été importé : {count} problème(s). Rien n'a été enregistré.</source>
      <translation type="vanished">The file “{name}” was not imported: {count} problem(s). Nothing has been saved.</translation>
    </message>
    <message>
      <source>La déclaration n'est pas prête : {count} problème(s) à corriger d'abord. Premier : {first}</source>
      <translation type="vanished">The declaration is not ready: {count} problem(s) to fix first. First: {first}</translation>
    </message>
    <message>
      <source>{profession} ne peut pas être {role} dans ce protocole (profession(s) autorisée(s) comme {role} : {allowed}).</source>
      <translation type="vanished">{profession} cannot be the {role} professional in this protocol (profession(s) allowed as {role}: {allowed}).</translation>
    </message>
    <message>
      <source>Le fichier « {name} » n'a pas été importé : {count} problème(s). Rien n'a été enregistré.
{listing}</source>
      <translation type="vanished">The file “{name}” was not imported: {count} problem(s). Nothing has been saved.
{listing}</translation>
    </message>
    <message>
      <source>… et {n} autre(s).</source>
      <translation type="vanished">… and {n} more.</translation>
    </message>
    <message>
      <source>point n° {n} inexistant : la réunion compte {count} point(s)</source>
      <translation type="vanished">item no. {n} does not exist: the meeting has {count} item(s)</translation>
    </message>
    <message>
      <source>Ce cycle a ouvert une révision du protocole : il est gardé dans l'historique.</source>
      <translation type="vanished">This cycle opened a protocol revision: it is kept in the history.</translation>
    </message>
  </context>
  <context>
    <name>csv</name>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="21" />
      <source>Code du protocole</source>
      <translation>Protocol code</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="22" />
      <source>Titre du protocole</source>
      <translation>Protocol title</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="23" />
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="24" />
      <source>Type de période</source>
      <translation>Period type</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="25" />
      <source>Début de période</source>
      <translation>Period start</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="26" />
      <source>Période</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="27" />
      <source>Numérateur</source>
      <translation>Numerator</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="28" />
      <source>Dénominateur</source>
      <translation>Denominator</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="29" />
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="30" />
      <source>Proportion</source>
      <translation>Proportion</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="31" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="32" />
      <source>Saisie par</source>
      <translation>Entered by</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="33" />
      <source>Saisie le</source>
      <translation>Entered on</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/measurements_csv.py" line="34" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/widgets/errors.py" line="50" />
      <source>ProtoEdit</source>
      <translation>ProtoEdit</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/errors.py" line="57" />
      <source>Rechargez pour voir la version enregistrée sur l'autre poste ; votre saisie n'a pas été enregistrée.</source>
      <translation>Reload to see the version saved on the other PC; your changes have not been saved.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/errors.py" line="70" />
      <source>Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées.</source>
      <translation>An unexpected error occurred. Your saved data has not been affected.</translation>
    </message>
  </context>
  <context>
    <name>evidence</name>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="79" />
      <source>Niveau 1 : preuve scientifique établie</source>
      <translation>Level 1: established scientific evidence</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="80" />
      <source>Niveau 2 : présomption scientifique</source>
      <translation>Level 2: scientific presumption</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="81" />
      <source>Niveau 3 : faible niveau de preuve</source>
      <translation>Level 3: low level of evidence</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="82" />
      <source>Niveau 4 : faible niveau de preuve</source>
      <translation>Level 4: low level of evidence</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="85" />
      <source>Grade A : preuve scientifique établie</source>
      <translation>Grade A: established scientific evidence</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="86" />
      <source>Grade B : présomption scientifique</source>
      <translation>Grade B: scientific presumption</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="87" />
      <source>Grade C : faible niveau de preuve</source>
      <translation>Grade C: low level of evidence</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="88" />
      <source>Accord d'experts</source>
      <translation>Expert consensus</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="27" />
      <location filename="../../protoedit/protocols/merge.py" line="117" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="28" />
      <source>Qui</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="29" />
      <source>Référent</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="30" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="31" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="32" />
      <source>Comment</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="33" />
      <source>Où</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="34" />
      <source>Alerte</source>
      <translation>Alert</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="35" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="36" />
      <source>Définition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="37" />
      <source>Cible</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="38" />
      <source>Source des données</source>
      <translation>Data source</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="39" />
      <source>Fréquence</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="40" />
      <source>Responsable</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="41" />
      <source>Référence</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="42" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="43" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="44" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="45" />
      <source>Réponse documentée</source>
      <translation>Documented answer</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="46" />
      <source>Niveau de preuve</source>
      <translation>Level of evidence</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="47" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/diff.py" line="48" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="116" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="118" />
      <source>Thème ACI</source>
      <translation>ACI theme</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="119" />
      <source>Date de révision</source>
      <translation>Review date</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="120" />
      <source>Groupe de travail</source>
      <translation>Working group</translation>
    </message>
  </context>
  <context>
    <name>hints</name>
    <message>
      <location filename="../../ui/protocol/hints.py" line="64" />
      <source>Ce qui ne va pas aujourd'hui, constaté en réunion, par un indicateur ou par un patient.</source>
      <translation>What is not working today, as seen in a meeting, through an indicator or by a patient.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="67" />
      <source>Les questions concrètes des professionnels (une par ligne, en liste).</source>
      <translation>The professionals' practical questions (one per line, as a list).</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="68" />
      <source>Ce que le protocole doit changer pour les patients et pour l'équipe.</source>
      <translation>What the protocol should change for patients and for the team.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="69" />
      <source>Quels patients sont concernés (critères objectifs).</source>
      <translation>Which patients are covered (objective criteria).</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="70" />
      <source>Qui n'est pas concerné, et vers quoi l'orienter.</source>
      <translation>Who is not covered, and where to refer them.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="71" />
      <source>Comment les patients sont repérés et signalés « sous protocole » dans le logiciel patient.</source>
      <translation>How patients are identified and flagged “on protocol” in the patient record software.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="74" />
      <source>Les endroits où la prise en charge se rompt entre professions.</source>
      <translation>Where care breaks down between professions.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="75" />
      <source>Signes d'alerte et qui appeler, dans quel délai.</source>
      <translation>Warning signs, who to call and how soon.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="76" />
      <source>Dossier partagé, messagerie sécurisée, RCP, cahier de liaison…</source>
      <translation>Shared record, secure messaging, case reviews, liaison book…</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="77" />
      <source>Ce que chaque patient doit avoir entendu.</source>
      <translation>What every patient must have been told.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="78" />
      <source>Documents et outils remis aux patients.</source>
      <translation>Documents and tools given to patients.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="79" />
      <source>L'aide-mémoire des professionnels.</source>
      <translation>The memo for professionals.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="18" />
      <source>1. Thème et problème</source>
      <translation>1. Topic and problem</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="19" />
      <source>Un besoin explicite de l'équipe : le problème constaté et les questions que se posent les professionnels.</source>
      <translation>An explicit need of the team: the problem observed and the questions the professionals are asking.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="24" />
      <source>2. Groupe de travail</source>
      <translation>2. Working group</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="25" />
      <source>Un membre de chaque profession concernée. Deux ou trois réunions suffisent souvent.</source>
      <translation>One member from each profession involved. Two or three meetings are often enough.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="30" />
      <source>3. Réponses documentées</source>
      <translation>3. Documented answers</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="31" />
      <source>Pour chaque question : la réponse trouvée dans la littérature, sa source et son niveau de preuve ; puis les messages clés, gradés.</source>
      <translation>For each question: the answer found in the literature, its source and level of evidence; then the graded key messages.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="36" />
      <source>4. Contenu</source>
      <translation>4. Content</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="37" />
      <source>Objectifs, population, repérage, points critiques, alertes, communication : court et lisible pendant les soins.</source>
      <translation>Objectives, population, identification, critical points, alerts, communication: short and easy to read during care.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="42" />
      <source>5. Étapes</source>
      <translation>5. Steps</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="43" />
      <source>Qui fait quoi, quand, comment, où ; et quand alerter. Vue matrice pour la réunion.</source>
      <translation>Who does what, when, how, where; and when to raise the alert. Matrix view for the meeting.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="48" />
      <source>6. Évaluation</source>
      <translation>6. Evaluation</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="49" />
      <source>Des indicateurs définis dès le départ (le premier : nombre de patients inclus), des références datées, une date de révision.</source>
      <translation>Indicators defined from the start (the first: number of patients included), dated references, a review date.</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="54" />
      <source>7. Validation</source>
      <translation>7. Approval</translation>
    </message>
    <message>
      <location filename="../../ui/protocol/hints.py" line="55" />
      <source>La vérification liste ce qui manque ; chaque signataire approuve avec son code personnel.</source>
      <translation>The check lists what is missing; each signatory approves with their personal code.</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message>
      <location filename="../../ui/library/models.py" line="23" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="24" />
      <source>Coopération</source>
      <translation>Cooperation</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="25" />
      <source>Réunion</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="28" />
      <source>Brouillon</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="29" />
      <source>En relecture</source>
      <translation>In review</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="30" />
      <source>Validé</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="31" />
      <source>Remplacé</source>
      <translation>Superseded</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="32" />
      <source>Archivé</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="33" />
      <source>Prévue</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="34" />
      <source>Tenue</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="35" />
      <source>Clôturée</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="36" />
      <source>Déclarée</source>
      <translation>Declared</translation>
    </message>
    <message>
      <location filename="../../ui/library/models.py" line="37" />
      <source>Terminée</source>
      <translation>Ended</translation>
    </message>
  </context>
  <context>
    <name>meetings</name>
    <message>
      <location filename="../../ui/meetings/models.py" line="164" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="165" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="166" />
      <source>Échéance</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="168" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="51" />
      <source>en cours</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="52" />
      <source>en retard</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="53" />
      <source>reportée</source>
      <translation>postponed</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="54" />
      <source>faite</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="55" />
      <source>annulée</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="60" />
      <source>prévue</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="60" />
      <source>tenue</source>
      <translation>held</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="60" />
      <source>close</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="147" />
      <source>Heure</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="148" />
      <source>Prévu</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="149" />
      <source>Passé</source>
      <translation>Spent</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="150" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="151" />
      <source>Thème</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="152" />
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="153" />
      <source>Demandé par</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="154" />
      <source>Présenté par</source>
      <translation>Presented by</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="178" />
      <source>Réunion du</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="179" />
      <source>Point</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../ui/meetings/models.py" line="172" />
      <source> · révision ouverte</source>
      <translation> · revision opened</translation>
    </message>
  </context>
  <context>
    <name>merge</name>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="124" />
      <source>Étape</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="125" />
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="126" />
      <source>Référence</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="127" />
      <source>Question documentée</source>
      <translation>Documented question</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/merge.py" line="128" />
      <source>Message clé</source>
      <translation>Key message</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="243" />
      <source>Copier ma version dans un fichier</source>
      <translation>Copy my version to a file</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="253" />
      <source>Copie impossible</source>
      <translation>Copy failed</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="47" />
      <source>Modifications de l'autre poste intégrées : {fields}</source>
      <translation>Changes from the other PC merged in: {fields}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="261" />
      <source>Votre version est dans {name}</source>
      <translation>Your version is in {name}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="281" />
      <source>Fichiers JSON (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="294" />
      <source>Dans un fichier…</source>
      <translation>In a file…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merge_dialog.py" line="254" />
      <source>Le fichier n'a pas pu être écrit : {error}</source>
      <translation>The file could not be written: {error}</translation>
    </message>
  </context>
  <context>
    <name>months</name>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="12" />
      <source>janvier</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="13" />
      <source>février</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="14" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="15" />
      <source>avril</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="16" />
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="17" />
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="18" />
      <source>juillet</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="19" />
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="20" />
      <source>septembre</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="21" />
      <source>octobre</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="22" />
      <source>novembre</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="23" />
      <source>décembre</source>
      <translation>December</translation>
    </message>
  </context>
  <context>
    <name>pdf</name>
    <message>
      <location filename="../../protoedit/export/contacts.py" line="14" />
      <location filename="../../protoedit/export/meeting_print.py" line="49" />
      <source>partenaire extérieur</source>
      <translation>external partner</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/contacts.py" line="15" />
      <source>tél.</source>
      <translation>tel.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/contacts.py" line="16" />
      <source>téléphone non renseigné</source>
      <translation>no phone number given</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/contacts.py" line="17" />
      <source>référent : {steps}</source>
      <translation>lead: {steps}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="41" />
      <source>Déclaration de mise en œuvre d'un protocole de coopération</source>
      <translation>Declaration of implementation of a cooperation protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="42" />
      <source>Récapitulatif à recopier champ par champ dans la démarche en ligne, dans l'ordre de la procédure.</source>
      <translation>Summary to copy field by field into the online procedure, in the same order.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="47" />
      <source>À corriger avant le dépôt</source>
      <translation>To fix before filing</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="48" />
      <source>1. Protocole de coopération</source>
      <translation>1. Cooperation protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="49" />
      <source>2. Structure</source>
      <translation>2. Practice</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="50" />
      <source>3. Référent déclarant</source>
      <translation>3. Declaring lead</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="51" />
      <source>4. Représentant légal</source>
      <translation>4. Legal representative</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="52" />
      <source>5. Professionnels engagés dans le protocole</source>
      <translation>5. Professionals committed to the protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="53" />
      <source>6. Attestations sur l'honneur</source>
      <translation>6. Sworn statements</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="54" />
      <source>Intitulé du protocole</source>
      <translation>Protocol title</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="55" />
      <location filename="../../protoedit/export/meeting_print.py" line="106" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="56" />
      <source>Nature</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="57" />
      <source>Protocole national</source>
      <translation>National protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="58" />
      <source>Protocole local : joindre le protocole et ses annexes</source>
      <translation>Local protocol: attach the protocol and its appendices</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="59" />
      <source>Texte d'autorisation</source>
      <translation>Authorising text</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="60" />
      <source>Début de mise en œuvre</source>
      <translation>Start of implementation</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="61" />
      <source>Formation requise des délégués</source>
      <translation>Required training of delegated professionals</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="62" />
      <source>{hours} (durée renseignée par l'équipe le {date}, {who})</source>
      <translation>{hours} (length entered by the team on {date}, {who})</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="63" />
      <location filename="../../protoedit/export/meeting_print.py" line="46" />
      <location filename="../../protoedit/export/protocol_pdf.py" line="52" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="64" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="65" />
      <location filename="../../protoedit/export/meeting_print.py" line="47" />
      <location filename="../../protoedit/export/protocol_pdf.py" line="59" />
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="66" />
      <source>RPPS ou ADELI</source>
      <translation>RPPS or ADELI</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="67" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="68" />
      <source>Courriel</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="69" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="70" />
      <source>Coordonnées</source>
      <translation>Contact details</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="71" />
      <location filename="../../protoedit/export/quality_print.py" line="38" />
      <source>Structure</source>
      <translation>Practice</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="72" />
      <source>Le référent déclarant : {name}</source>
      <translation>Declaring lead: {name}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="73" />
      <source>FINESS</source>
      <translation>FINESS</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="74" />
      <source>SIRET</source>
      <translation>SIRET</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="75" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="76" />
      <source>sans objet</source>
      <translation>not applicable</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="77" />
      <source>à compléter</source>
      <translation>to be completed</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="78" />
      <source>Le protocole est intégré au projet de santé de la structure (attestation signée du représentant légal, dernière page).</source>
      <translation>The protocol is part of the practice's health project (statement signed by the legal representative, last page).</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="83" />
      <source>Tous les professionnels listés adhèrent volontairement au protocole.</source>
      <translation>All the professionals listed join the protocol voluntarily.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="86" />
      <source>Ils exercent en équipe au sein de la structure.</source>
      <translation>They work as a team within the practice.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="87" />
      <source>Les délégués ont acquis les compétences requises (formation attestée).</source>
      <translation>The delegated professionals have acquired the required skills (certified training).</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="90" />
      <source>Engagement du professionnel</source>
      <translation>Professional's commitment</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="91" />
      <source>Je soussigné(e) {name}, {profession}, m'engage en qualité de {role} dans le protocole de coopération « {title} » mis en œuvre par l'équipe de la structure {structure}. Je déclare :</source>
      <translation>I, the undersigned {name}, {profession}, commit as the {role} professional to the cooperation protocol “{title}” implemented by the team of the practice {structure}. I undertake to:</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="97" />
      <source>adhérer volontairement à ce protocole et à l'organisation en équipe qu'il décrit ;</source>
      <translation>voluntarily join this protocol and the team organisation it describes;</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="100" />
      <source>n'effectuer les actes dérogatoires que dans les limites du protocole, après la formation exigée, et orienter vers le délégant dans les cas prévus ;</source>
      <translation>perform the delegated procedures only within the limits of the protocol, after the required training, and refer to the delegating professional in the cases it specifies;</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="106" />
      <source>être joignable pour reprendre la prise en charge à la demande du délégué, dans les délais prévus ;</source>
      <translation>be reachable to take back the patient's care at the delegated professional's request, within the set time limits;</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="111" />
      <source>informer chaque patient et recueillir son consentement ;</source>
      <translation>inform each patient and obtain their consent;</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="112" />
      <source>participer au suivi des indicateurs et déclarer les événements indésirables.</source>
      <translation>take part in monitoring the indicators and report adverse events.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="115" />
      <source>Formation : suivie le {date}, {hours} attestées (minimum requis : {need}).</source>
      <translation>Training: completed on {date}, {hours} certified (minimum required: {need}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="118" />
      <source>Fait à ………………………………, le {date}</source>
      <translation>Signed at ………………………………, on {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="119" />
      <location filename="../../protoedit/export/protocol_pdf.py" line="61" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="120" />
      <source>Attestations du représentant légal</source>
      <translation>Legal representative's statements</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="121" />
      <source>Je soussigné(e) {name}, représentant légal de la structure {structure}, atteste que :</source>
      <translation>I, the undersigned {name}, legal representative of the practice {structure}, certify that:</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="125" />
      <source>le protocole de coopération « {title} » est intégré au projet de santé de la structure ;</source>
      <translation>the cooperation protocol “{title}” is part of the practice's health project;</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="129" />
      <source>les professionnels listés ci-dessous adhèrent volontairement au protocole ;</source>
      <translation>the professionals listed below join the protocol voluntarily;</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="132" />
      <source>ils exercent en équipe au sein de la structure ;</source>
      <translation>they work as a team within the practice;</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="133" />
      <source>les délégués ont acquis les compétences requises (formation attestée).</source>
      <translation>the delegated professionals have acquired the required skills (certified training).</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="134" />
      <source>Signature et cachet de la structure</source>
      <translation>Signature and practice stamp</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="135" />
      <source>Prête à déclarer</source>
      <translation>Ready to declare</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="136" />
      <source>Modification d'équipe</source>
      <translation>Team change</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="137" />
      <source>Changement des membres à déclarer de nouveau (déclaration déposée le {declared}).</source>
      <translation>Change of members to be declared again (declaration filed on {declared}).</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="140" />
      <source>Date du changement</source>
      <translation>Date of change</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="141" />
      <source>Arrivées</source>
      <translation>Arrivals</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="142" />
      <source>Départs</source>
      <translation>Departures</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="143" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="144" />
      <source>Aucun</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="145" />
      <source>Équipe à compter du {date}</source>
      <translation>Team from {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="146" />
      <source>Bilan annuel {year} : indicateurs du protocole de coopération</source>
      <translation>Annual report {year}: cooperation protocol indicators</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="147" />
      <source>Période : du 01/01/{year} au 31/12/{year} · mois saisis : {n}</source>
      <translation>Period: 01/01/{year} to 31/12/{year} · months entered: {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="148" />
      <source>Indicateurs transmis à l'ARS</source>
      <translation>Indicators sent to the ARS</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="149" />
      <location filename="../../protoedit/export/meeting_print.py" line="91" />
      <location filename="../../protoedit/export/quality_print.py" line="100" />
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="150" />
      <source>Formule</source>
      <translation>Formula</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="151" />
      <source>Calcul</source>
      <translation>Calculation</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="152" />
      <location filename="../../protoedit/export/meeting_print.py" line="94" />
      <location filename="../../protoedit/export/quality_print.py" line="56" />
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="153" />
      <source>Événements indésirables par nature</source>
      <translation>Adverse events by type</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="154" />
      <source>Nombre</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="155" />
      <source>Activité mensuelle</source>
      <translation>Monthly activity</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="156" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="157" />
      <source>Patients inclus|Actes des délégués|Actes repris|Réévaluations|Événements indésirables|Répondants|Satisfaits</source>
      <translation>Patients included|Delegated procedures|Procedures taken back|Reassessment visits|Adverse events|Responses|Satisfied</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="162" />
      <source>Financement attendu</source>
      <translation>Expected funding</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="163" />
      <source>Forfait par patient inclus : {n} × {eur}</source>
      <translation>Flat fee per patient included: {n} × {eur}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="164" />
      <source>Consultations de réévaluation : {n} × {eur}</source>
      <translation>Reassessment consultations: {n} × {eur}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="165" />
      <source>Total attendu</source>
      <translation>Expected total</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="166" />
      <source>Part des délégués : {n} × {eur} + réévaluations</source>
      <translation>Delegated professionals' share: {n} × {eur} + reassessments</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="167" />
      <source>Part des délégants : {n} × {eur}</source>
      <translation>Delegating professionals' share: {n} × {eur}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="168" />
      <source>Ce protocole ne prévoit pas de forfait.</source>
      <translation>This protocol has no flat fee.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/cooperation_print.py" line="169" />
      <location filename="../../protoedit/export/meeting_print.py" line="117" />
      <location filename="../../protoedit/export/quality_print.py" line="108" />
      <source>Décomptes seulement : aucune donnée d'identité de patient.</source>
      <translation>Counts only: no patient identity data.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="13" />
      <source>Brouillon</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="14" />
      <source>En relecture</source>
      <translation>In review</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="15" />
      <source>Validé</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="16" />
      <source>Remplacé</source>
      <translation>Superseded</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="17" />
      <source>Archivé</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="18" />
      <source>Prévue</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="19" />
      <source>Tenue</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="20" />
      <source>Clôturée</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/labels.py" line="21" />
      <source>Déclarée</source>
      <translation>Declared</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="37" />
      <source>Ordre du jour</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="38" />
      <source>Compte rendu</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="39" />
      <location filename="../../protoedit/export/protocol_pdf.py" line="58" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="40" />
      <source>Lieu ou lien de visio</source>
      <translation>Place or video link</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="41" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="42" />
      <source>Animation</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="43" />
      <source>Secrétariat</source>
      <translation>Minute-taker</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="44" />
      <source>Professionnels invités</source>
      <translation>Invited professionals</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="45" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="48" />
      <source>Présence</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="50" />
      <source>Points à l'ordre du jour</source>
      <translation>Agenda items</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="51" />
      <source>Heure</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="52" />
      <source>Durée</source>
      <translation>Length</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="53" />
      <source>Point</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="54" />
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="55" />
      <source>Demandé par</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="56" />
      <source>Présenté par</source>
      <translation>Presented by</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="57" />
      <source>Durée prévue : {n} min ({start} – {end})</source>
      <translation>Planned duration: {n} min ({start} – {end})</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="58" />
      <source>Suivi des décisions des réunions précédentes</source>
      <translation>Follow-up of decisions from previous meetings</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="59" />
      <source>Aucune décision en attente.</source>
      <translation>No pending decisions.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="60" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="61" />
      <location filename="../../protoedit/export/protocol_pdf.py" line="57" />
      <location filename="../../protoedit/export/quality_print.py" line="45" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="62" />
      <source>Échéance</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="63" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="64" />
      <source>Réunion du</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="65" />
      <source>Proposition</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="66" />
      <source>Décisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="67" />
      <location filename="../../protoedit/export/protocol_pdf.py" line="64" />
      <source>Aucune</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="68" />
      <source>Ni proposition ni décision.</source>
      <translation>No proposal or decision.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="69" />
      <source>Problèmes discutés</source>
      <translation>Problems discussed</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="70" />
      <source>Notes de discussion tenues hors du compte rendu, à la demande de l'équipe.</source>
      <translation>Discussion notes kept out of the minutes, at the team's request.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="73" />
      <source>Prise en charge différente de la proposition : raison</source>
      <translation>Care different from the proposal: reason</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="74" />
      <source>Horaire</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="75" />
      <source>Consentement</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="76" />
      <source>Thème</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="77" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="78" />
      <source>non demandé</source>
      <translation>not asked</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="79" />
      <source>Protocole : {title}</source>
      <translation>Protocol: {title}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="80" />
      <source>révision du protocole ouverte</source>
      <translation>protocol revision opened</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="81" />
      <source>Demandé par {who}</source>
      <translation>Requested by {who}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="82" />
      <source>présenté par {who}</source>
      <translation>presented by {who}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="83" />
      <source>prévu {slot} min</source>
      <translation>planned {slot} min</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="84" />
      <source>passé {n} min</source>
      <translation>spent {n} min</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="85" />
      <source>consentement recueilli</source>
      <translation>consent obtained</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="86" />
      <source>consentement non demandé : initiales seulement</source>
      <translation>consent not asked: initials only</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="87" />
      <source>Rectifications après clôture</source>
      <translation>Amendments after closing</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="88" />
      <source>{date}, {author} :</source>
      <translation>{date}, {author}:</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="89" />
      <source>Compte rendu clos le {date}.</source>
      <translation>Minutes closed on {date}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="90" />
      <source>Bilan ACI {year} : concertation et protocoles</source>
      <translation>ACI report {year}: concertation and protocols</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="92" />
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="93" />
      <source>Objectif</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="95" />
      <source>Réunion</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="96" />
      <source>atteint</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="97" />
      <source>non atteint</source>
      <translation>not met</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="98" />
      <source>Réunions de concertation tenues</source>
      <translation>Concertation meetings held</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="99" />
      <source>Cas de patients discutés</source>
      <translation>Patient cases discussed</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="100" />
      <source>dont patients de 75 ans ou plus</source>
      <translation>of which patients aged 75 or over</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="101" />
      <source>dont patients en ALD</source>
      <translation>of which ALD (long-term condition) patients</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="102" />
      <source>dont 75 ans ou plus ou en ALD</source>
      <translation>of which aged 75 or over or ALD</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="103" />
      <source>Protocoles en vigueur sur les thèmes de l'annexe 3</source>
      <translation>Protocols in force on Appendix 3 themes</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="104" />
      <source>Réunions tenues</source>
      <translation>Meetings held</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="105" />
      <source>Cas discutés</source>
      <translation>Cases discussed</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="107" />
      <location filename="../../protoedit/export/quality_print.py" line="99" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="108" />
      <location filename="../../protoedit/export/protocol_pdf.py" line="32" />
      <source>Thème ACI</source>
      <translation>ACI theme</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="109" />
      <source>En vigueur depuis</source>
      <translation>In force since</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="110" />
      <source>Critère du contrat</source>
      <translation>Contract criterion</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="111" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="112" />
      <source>Euros</source>
      <translation>Euros</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="113" />
      <source>Ce qui manque</source>
      <translation>What's missing</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="114" />
      <source>Chiffres du catalogue : {source}.</source>
      <translation>Catalogue figures: {source}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="115" />
      <source>Termes du contrat. {concertation} {protocols}</source>
      <translation>Contract terms. {concertation} {protocols}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="116" />
      <source>Patients de 75 ans ou plus ou en ALD (patientèle médecin traitant)</source>
      <translation>Patients aged 75 or over or with ALD (registered with a practice GP)</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="120" />
      <source>invité(e)</source>
      <translation>invited</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="121" />
      <source>présent(e)</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="122" />
      <source>excusé(e)</source>
      <translation>apologies</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="123" />
      <source>absent(e)</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="126" />
      <source>en cours</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="127" />
      <source>en retard</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="128" />
      <source>reportée</source>
      <translation>postponed</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="129" />
      <source>faite</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/meeting_print.py" line="130" />
      <source>annulée</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="34" />
      <source>Version {n}</source>
      <translation>Version {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="35" />
      <source>Validé le {date}</source>
      <translation>Approved on {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="36" />
      <source>Révision le {date}</source>
      <translation>Review due {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="37" />
      <source>page {x} / {y}</source>
      <translation>page {x} / {y}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="38" />
      <source>Imprimé le {date}</source>
      <translation>Printed on {date}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="39" />
      <source>BROUILLON</source>
      <translation>DRAFT</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="40" />
      <source>REMPLACÉ : une version plus récente existe</source>
      <translation>SUPERSEDED: a newer version exists</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="41" />
      <source>ARCHIVÉ : protocole retiré, ne plus l'appliquer</source>
      <translation>ARCHIVED: protocol withdrawn, no longer to be applied</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/page.py" line="42" />
      <source>CONFIDENTIEL : données de santé</source>
      <translation>CONFIDENTIAL: health data</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="33" />
      <location filename="../../protoedit/export/quality_print.py" line="85" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="34" />
      <location filename="../../protoedit/export/quality_print.py" line="86" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="35" />
      <source>Validé le</source>
      <translation>Approved on</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="36" />
      <source>Révision prévue</source>
      <translation>Review due</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="37" />
      <source>Groupe de travail</source>
      <translation>Working group</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="38" />
      <source>Réunions de travail</source>
      <translation>Working meetings</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="39" />
      <source>Étapes : qui fait quoi, quand, comment</source>
      <translation>Steps: who does what, when, how</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="40" />
      <source>Matrice qui × quand</source>
      <translation>Who × when matrix</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="41" />
      <source>Indicateurs d'évaluation</source>
      <translation>Evaluation indicators</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="42" />
      <source>Références</source>
      <translation>References</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="43" />
      <source>Validation</source>
      <translation>Approval</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="44" />
      <source>Historique des versions</source>
      <translation>Version history</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="45" />
      <location filename="../../protoedit/export/quality_print.py" line="61" />
      <source>Étape</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="46" />
      <source>Qui</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="47" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="48" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="49" />
      <source>Comment</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="50" />
      <source>Où</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="51" />
      <source>Alerte</source>
      <translation>Alert</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="53" />
      <location filename="../../protoedit/export/quality_print.py" line="41" />
      <source>Définition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="54" />
      <location filename="../../protoedit/export/quality_print.py" line="42" />
      <source>Cible</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="55" />
      <location filename="../../protoedit/export/quality_print.py" line="43" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="56" />
      <location filename="../../protoedit/export/quality_print.py" line="44" />
      <source>Fréquence</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="60" />
      <source>Sens de la signature</source>
      <translation>Signature statement</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="62" />
      <source>Refus</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="63" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="65" />
      <source>Mémo au lit du patient : {profession}</source>
      <translation>Bedside memo: {profession}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="66" />
      <source>Ce que je fais</source>
      <translation>What I do</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="67" />
      <source>Qui appeler</source>
      <translation>Who to call</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="68" />
      <source>Signes d'alerte</source>
      <translation>Warning signs</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="69" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="70" />
      <source>Référent</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="71" />
      <source>Synthèse documentaire</source>
      <translation>Documentary synthesis</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="72" />
      <location filename="../../protoedit/export/quality_print.py" line="63" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="73" />
      <source>Réponse documentée</source>
      <translation>Documented answer</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="74" />
      <source>Niveau de preuve</source>
      <translation>Level of evidence</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="75" />
      <source>Messages clés gradés</source>
      <translation>Graded key messages</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="76" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="77" />
      <source>Message clé</source>
      <translation>Key message</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="78" />
      <source>Niveau {n}</source>
      <translation>Level {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="79" />
      <source>Accord d'experts</source>
      <translation>Expert consensus</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="80" />
      <source>Changements de la version {n}</source>
      <translation>Changes in version {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="81" />
      <source>Liste de lecture de la version {n}</source>
      <translation>Reading list of version {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/protocol_pdf.py" line="82" />
      <source>Lecture</source>
      <translation>Reading</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="33" />
      <source>Rapport qualité</source>
      <translation>Quality report</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="34" />
      <source>Version en vigueur</source>
      <translation>Version in force</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="35" />
      <source>Validée le</source>
      <translation>Approved on</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="36" />
      <source>aucune version validée</source>
      <translation>no approved version</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="37" />
      <source>Date du rapport</source>
      <translation>Report date</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="39" />
      <source>Indicateurs</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="40" />
      <source>Aucun indicateur défini.</source>
      <translation>No indicator defined.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="46" />
      <source>Indicateur retiré du protocole : ses mesures passées restent.</source>
      <translation>Indicator removed from the protocol: its past measurements remain.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="47" />
      <source>Dernière mesure : {value} ({period})</source>
      <translation>Latest measurement: {value} ({period})</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="48" />
      <source>cible atteinte</source>
      <translation>target met</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="49" />
      <source>cible non atteinte</source>
      <translation>target not met</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="50" />
      <source>Signaux</source>
      <translation>Signals</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="51" />
      <source>Aucun signal sur la série.</source>
      <translation>No signal in the series.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="52" />
      <source>Mesures</source>
      <translation>Measurements</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="53" />
      <source>Aucune mesure saisie.</source>
      <translation>No measurement entered.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="54" />
      <source>Période</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="55" />
      <source>Numérateur / dénominateur</source>
      <translation>Numerator / denominator</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="57" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="58" />
      <source>Cycles PDSA</source>
      <translation>PDSA cycles</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="59" />
      <source>Aucun cycle PDSA.</source>
      <translation>No PDSA cycle.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="60" />
      <source>PDSA {n}</source>
      <translation>PDSA {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="62" />
      <source>But</source>
      <translation>Aim</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="64" />
      <source>Prédiction</source>
      <translation>Prediction</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="65" />
      <source>Changement testé</source>
      <translation>Change tested</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="66" />
      <source>Qui, quand, où</source>
      <translation>Who, when, where</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="67" />
      <source>Indicateurs suivis</source>
      <translation>Indicators followed</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="68" />
      <source>Test (Do)</source>
      <translation>Test (Do)</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="69" />
      <source>du {start} au {end}</source>
      <translation>from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="70" />
      <source>depuis le {start}</source>
      <translation>since {start}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="71" />
      <source>Déroulement</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="72" />
      <source>Problèmes rencontrés</source>
      <translation>Problems met</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="73" />
      <source>Étude (Study)</source>
      <translation>Study</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="74" />
      <source>Décision (Act)</source>
      <translation>Decision (Act)</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="75" />
      <source>Notes de la décision</source>
      <translation>Notes on the decision</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="76" />
      <source>Cycle suivant</source>
      <translation>Next cycle</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="77" />
      <source>Révision</source>
      <translation>Revision</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="78" />
      <source>a conduit à la version {n}</source>
      <translation>led to version {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="79" />
      <source>État des lieux : finalité</source>
      <translation>Situation: purpose</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="80" />
      <source>État des lieux : patients</source>
      <translation>Situation: patients</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="81" />
      <source>État des lieux : professionnels</source>
      <translation>Situation: professionals</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="82" />
      <source>État des lieux : processus</source>
      <translation>Situation: processes</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="83" />
      <source>État des lieux : habitudes</source>
      <translation>Situation: patterns</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="84" />
      <source>Versions du protocole</source>
      <translation>Protocol versions</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="87" />
      <source>Note de changement</source>
      <translation>Change note</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="88" />
      <source>Qualité {year}</source>
      <translation>Quality {year}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="89" />
      <source>Rapport qualité annuel {year}</source>
      <translation>Yearly quality report {year}</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="90" />
      <source>Année {year} : mesures jusqu'au 31/12/{year}, cycles PDSA menés dans l'année.</source>
      <translation>Year {year}: measurements up to 31/12/{year}, PDSA cycles run during the year.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="93" />
      <source>Protocoles : {protocols} · indicateurs : {indicators} · mesures en {year} : {measures} · cycles PDSA dans l'année : {cycles}.</source>
      <translation>Protocols: {protocols} · indicators: {indicators} · measurements in {year}: {measures} · PDSA cycles during the year: {cycles}.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="98" />
      <source>Synthèse</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="101" />
      <source>Dernière mesure</source>
      <translation>Latest measurement</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="102" />
      <source>Cycles de l'année</source>
      <translation>Cycles of the year</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="103" />
      <source>Surlignées : les indicateurs dont la dernière mesure n'atteint pas la cible.</source>
      <translation>Highlighted: the indicators whose latest measurement misses the target.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="106" />
      <source>Aucun protocole.</source>
      <translation>No protocol.</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="107" />
      <source>Cycles PDSA de l'année</source>
      <translation>PDSA cycles of the year</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="111" />
      <source>Plan : préparation</source>
      <translation>Plan: preparation</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="112" />
      <source>Do : test en cours</source>
      <translation>Do: test under way</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="113" />
      <source>Study : étude des résultats</source>
      <translation>Study: results</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="114" />
      <source>Act : décision</source>
      <translation>Act: decision</translation>
    </message>
    <message>
      <location filename="../../protoedit/export/quality_print.py" line="115" />
      <source>Clos</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="11" />
      <source>À compléter</source>
      <translation>To be completed</translation>
    </message>
    <message>
      <source>Période : du 01/01/{year} au 31/12/{year} · {n} mois saisi(s)</source>
      <translation type="vanished">Period: 01/01/{year} to 31/12/{year} · {n} month(s) entered</translation>
    </message>
    <message>
      <source>{protocols} protocole(s), {indicators} indicateur(s), {measures} mesure(s) en {year}, {cycles} cycle(s) PDSA dans l'année.</source>
      <translation type="vanished">{protocols} protocol(s), {indicators} indicator(s), {measures} measurement(s) in {year}, {cycles} PDSA cycle(s) during the year.</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <location filename="../../ui/widgets/printing.py" line="36" />
      <source>Imprimer : {name}</source>
      <translation>Print: {name}</translation>
    </message>
  </context>
  <context>
    <name>quality</name>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="25" />
      <source>T{n} {year}</source>
      <translation>Q{n} {year}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="27" />
      <source>mensuelle</source>
      <translation>monthly</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="28" />
      <source>trimestrielle</source>
      <translation>quarterly</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/periods.py" line="29" />
      <source>annuelle</source>
      <translation>yearly</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/specs.py" line="13" />
      <source>PDSA {n}</source>
      <translation>PDSA {n}</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/specs.py" line="14" />
      <source>Carte p : il faut au moins {n} points de comptage (numérateur/dénominateur).</source>
      <translation>p-chart: at least {n} count points (numerator/denominator) are needed.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/specs.py" line="93" />
      <source>Aucun point hors des limites de contrôle.</source>
      <translation>No point outside the control limits.</translation>
    </message>
    <message>
      <location filename="../../protoedit/quality/specs.py" line="98" />
      <source>Hors des limites de contrôle : {periods}.</source>
      <translation>Outside the control limits: {periods}.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/charts.py" line="88" />
      <source>PDSA {n} · Étape : {stage} · {aim}</source>
      <translation>PDSA {n} · Stage: {stage} · {aim}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/charts.py" line="28" />
      <source>{name} : aucune mesure</source>
      <translation>{name}: no measurement</translation>
    </message>
    <message>
      <location filename="../../ui/quality/charts.py" line="67" />
      <source>Aucune mesure d'indicateur pour ce protocole.</source>
      <translation>No indicator measurement for this protocol.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/charts.py" line="71" />
      <source>Aucun indicateur choisi pour ce cycle (Plan).</source>
      <translation>No indicator chosen for this cycle (Plan).</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="18" />
      <source>Planifier (Plan)</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="19" />
      <source>Tester (Do)</source>
      <translation>Do</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="20" />
      <source>Étudier (Study)</source>
      <translation>Study</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="21" />
      <source>Décider (Act)</source>
      <translation>Act</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="22" />
      <source>Clos</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="67" />
      <source>{name} : {value} en {period}</source>
      <translation>{name}: {value} in {period}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="66" />
      <source>{name} : pas encore de mesure</source>
      <translation>{name}: no measurement yet</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="82" />
      <source>depuis le {start}</source>
      <translation>since {start}</translation>
    </message>
    <message>
      <location filename="../../ui/quality/common.py" line="73" />
      <source>(cible {target})</source>
      <translation>(target {target})</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="50" />
      <source>aucun indicateur</source>
      <translation>no indicator</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="61" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="62" />
      <location filename="../../ui/quality/models.py" line="81" />
      <source>Protocole</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="63" />
      <source>Indicateurs : dernière valeur (cible)</source>
      <translation>Indicators: latest value (target)</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="64" />
      <source>Signaux</source>
      <translation>Signals</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="65" />
      <source>À saisir</source>
      <translation>To enter</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="66" />
      <source>Cycles ouverts</source>
      <translation>Open cycles</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="82" />
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="83" />
      <location filename="../../ui/quality/models.py" line="103" />
      <source>Période</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="104" />
      <source>Numérateur</source>
      <translation>Numerator</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="105" />
      <source>Dénominateur</source>
      <translation>Denominator</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="106" />
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="107" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="108" />
      <source>Saisie par</source>
      <translation>Entered by</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="109" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="126" />
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="127" />
      <source>Étape</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="128" />
      <source>But</source>
      <translation>Aim</translation>
    </message>
    <message>
      <location filename="../../ui/quality/models.py" line="129" />
      <source>Test</source>
      <translation>Test</translation>
    </message>
  </context>
  <context>
    <name>sections</name>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="15" />
      <source>Problème identifié</source>
      <translation>Problem identified</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="16" />
      <source>Questions des professionnels</source>
      <translation>Professionals' questions</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="17" />
      <source>Objectifs</source>
      <translation>Objectives</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="18" />
      <source>Population : critères d'inclusion</source>
      <translation>Population: inclusion criteria</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="19" />
      <source>Population : critères d'exclusion</source>
      <translation>Population: exclusion criteria</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="22" />
      <source>Repérage et signalement dans le logiciel patient</source>
      <translation>Identification and flagging in the patient record software</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="24" />
      <source>Points critiques</source>
      <translation>Critical points</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="25" />
      <source>Signes d'alerte et orientation</source>
      <translation>Warning signs and referral</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="26" />
      <source>Communication entre professionnels</source>
      <translation>Communication between professionals</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="27" />
      <source>Messages clés</source>
      <translation>Key messages</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="28" />
      <source>Outils pour les patients</source>
      <translation>Tools for patients</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="29" />
      <source>Mémo pour les professionnels</source>
      <translation>Memo for professionals</translation>
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <location filename="../../ui/app.py" line="184" />
      <source>Le journal des modifications de cette base est incohérent : il a pu être modifié en dehors de ProtoEdit. Vous pouvez continuer à travailler.</source>
      <translation>This database's change log is inconsistent: it may have been modified outside ProtoEdit. You can carry on working.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="199" />
      <source>Comparez avec une sauvegarde (python main.py check) pour savoir ce qui a changé.</source>
      <translation>Compare with a backup (python main.py check) to find out what has changed.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="189" />
      <source>Prévenez la coordination de l'équipe.</source>
      <translation>Tell the coordination team.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="120" />
      <source>Restaurer la sauvegarde</source>
      <translation>Restore the backup</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="121" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="171" />
      <source>Aucune base à cet endroit : {path}.

Créer une nouvelle base vide ici ? Si vous pensiez ouvrir une base existante, répondez Non et vérifiez le chemin.</source>
      <translation>No database at this location: {path}.

Create a new empty database here? If you meant to open an existing database, answer No and check the path.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="290" />
      <source>Consultation (lecture seule)</source>
      <translation>Read-only viewing</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="293" />
      <source>Consultation hors ligne</source>
      <translation>Offline quick reference</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="148" />
      <source>Copie locale en lecture seule du {when} : le serveur est injoignable.</source>
      <translation>Read-only local copy from {when}: the server cannot be reached.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="193" />
      <source>Événement enregistré le {when}.</source>
      <translation>Event recorded on {when}.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="106" />
      <source>Aucune sauvegarde utilisable n'a été trouvée.</source>
      <translation>No usable backup was found.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="114" />
      <source>Dernière sauvegarde valide : {name}. La restaurer ? Le fichier actuel sera mis de côté, sans être modifié.</source>
      <translation>Latest valid backup: {name}. Restore it? The current file will be set aside, unchanged.</translation>
    </message>
  </context>
  <context>
    <name>steps</name>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="36" />
      <source>Repérer</source>
      <translation>Identify</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="37" />
      <source>Évaluer</source>
      <translation>Assess</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="38" />
      <source>Planifier</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="39" />
      <source>Intervenir</source>
      <translation>Intervene</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="40" />
      <source>Suivre</source>
      <translation>Follow up</translation>
    </message>
    <message>
      <location filename="../../protoedit/protocols/content.py" line="41" />
      <source>Alerter</source>
      <translation>Alert</translation>
    </message>
  </context>
</TS>
