<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
  <context>
    <name>DeclarationPage</name>
    <message numerus="yes">
      <location filename="../../ui/cooperation/declaration_page.py" line="136" />
      <source>%n problème(s) à corriger avant de déclarer (l'enregistrement reste possible) :</source>
      <translation>
        <numerusform>%n problème à corriger avant de déclarer (l'enregistrement reste possible) :</numerusform>
        <numerusform>%n problèmes à corriger avant de déclarer (l'enregistrement reste possible) :</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeclarationsModel</name>
    <message numerus="yes">
      <location filename="../../ui/cooperation/models.py" line="97" />
      <source>%n membre(s)</source>
      <translation>
        <numerusform>%n membre</numerusform>
        <numerusform>%n membres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryPage</name>
    <message numerus="yes">
      <location filename="../../ui/cooperation/history_page.py" line="109" />
      <source>%n membre(s) le {date}</source>
      <translation>
        <numerusform>%n membre le {date}</numerusform>
        <numerusform>%n membres le {date}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message numerus="yes">
      <location filename="../../ui/widgets/merge_dialog.py" line="200" />
      <source>Encore %n champ(s) à choisir.</source>
      <translation>
        <numerusform>Encore %n champ à choisir.</numerusform>
        <numerusform>Encore %n champs à choisir.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProtocolQualityPage</name>
    <message numerus="yes">
      <location filename="../../ui/quality/protocol_page.py" line="302" />
      <source>%n signal(s) : voir le texte sous le graphique.</source>
      <translation>
        <numerusform>%n signal : voir le texte sous le graphique.</numerusform>
        <numerusform>%n signaux : voir le texte sous le graphique.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message numerus="yes">
      <location filename="../../ui/cooperation/report_page.py" line="118" />
      <source>{n} patient(s) inclus × {eur}</source>
      <translation>
        <numerusform>{n} patient inclus × {eur}</numerusform>
        <numerusform>{n} patients inclus × {eur}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/cooperation/report_page.py" line="85" />
      <source>Bilan de l'année {year} : %n mois saisi(s).</source>
      <translation>
        <numerusform>Bilan de l'année {year} : %n mois saisi.</numerusform>
        <numerusform>Bilan de l'année {year} : %n mois saisis.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/cooperation/report_page.py" line="127" />
      <source>{n} réévaluation(s) × {eur}</source>
      <translation>
        <numerusform>{n} réévaluation × {eur}</numerusform>
        <numerusform>{n} réévaluations × {eur}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message numerus="yes">
      <location filename="../../ui/consult/start_page.py" line="79" />
      <source>version {n} : %n changement(s) pour vous</source>
      <translation>
        <numerusform>version {n} : %n changement pour vous</numerusform>
        <numerusform>version {n} : %n changements pour vous</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/consult/start_page.py" line="92" />
      <source>%n protocole(s) ont changé pour votre profession ({profession}) depuis votre dernière lecture</source>
      <translation>
        <numerusform>%n protocole a changé pour votre profession ({profession}) depuis votre dernière lecture</numerusform>
        <numerusform>%n protocoles ont changé pour votre profession ({profession}) depuis votre dernière lecture</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ValidationPage</name>
    <message numerus="yes">
      <location filename="../../ui/protocol/validation_page.py" line="138" />
      <source>Peut être soumis ; %n remarque(s) à considérer.</source>
      <translation>
        <numerusform>Peut être soumis ; %n remarque à considérer.</numerusform>
        <numerusform>Peut être soumis ; %n remarques à considérer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/protocol/validation_page.py" line="134" />
      <source>%n remarque(s).</source>
      <translation>
        <numerusform>%n remarque.</numerusform>
        <numerusform>%n remarques.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/protocol/validation_page.py" line="132" />
      <source>%n point(s) à compléter avant de soumettre</source>
      <translation>
        <numerusform>%n point à compléter avant de soumettre</numerusform>
        <numerusform>%n points à compléter avant de soumettre</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>consult</name>
    <message numerus="yes">
      <location filename="../../ui/consult/render.py" line="31" />
      <source>%n étape(s) d’autres professions masquée(s) : choisissez « Toutes les professions » pour les voir.</source>
      <translation>
        <numerusform>%n étape d’une autre profession masquée : choisissez « Toutes les professions » pour la voir.</numerusform>
        <numerusform>%n étapes d’autres professions masquées : choisissez « Toutes les professions » pour les voir.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <location filename="../../protoedit/cli/exchange.py" line="68" />
      <source>%n document(s) exporté(s) dans {path}</source>
      <translation>
        <numerusform>%n document exporté dans {path}</numerusform>
        <numerusform>%n documents exportés dans {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../protoedit/cli/exchange.py" line="104" />
      <source>Le fichier « {name} » n'a pas été importé : %n problème(s). Rien n'a été enregistré.</source>
      <translation>
        <numerusform>Le fichier « {name} » n'a pas été importé : %n problème. Rien n'a été enregistré.</numerusform>
        <numerusform>Le fichier « {name} » n'a pas été importé : %n problèmes. Rien n'a été enregistré.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../protoedit/exchange/check.py" line="71" />
      <source>… et %n autre(s).</source>
      <translation>
        <numerusform>… et %n autre.</numerusform>
        <numerusform>… et %n autres.</numerusform>
      </translation>
    </message>
  </context>
</TS>
