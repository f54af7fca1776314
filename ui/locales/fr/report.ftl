# Mizan — textes du rapport PDF de comparaison (français).
# Lus par le rapport en Rust (src-tauri/crates/report), pas par l'interface. Les placeables
# comme { $agency } sont du texte saisi ou des nombres déjà mis en forme pour la langue :
# les garder dans chaque traduction. Un message absent ici fait apparaître son identifiant.

report-kicker = Rapport de comparaison avec les pairs
report-document-subject = Rapport de comparaison avec les pairs de { $agency }
report-draft-watermark = BROUILLON

## En-tête et pied de page

report-footer-framework = { $framework } { $version }
report-footer-page = Page { $page } sur { $pages }

## Couverture

report-cover-framework = { $framework }, version { $version }
report-cover-assessment = Évaluation
# Pour une évaluation enregistrée sans titre.
report-untitled = Évaluation sans titre
report-cover-agency-profile = Organisme
report-cover-profile = { $sector } · { $country } · { $size }
report-cover-mode = Mode
report-cover-status = Statut
report-cover-assessed = Dernière mise à jour
report-cover-generated = Rapport établi le
report-cover-completeness = Avancement
report-cover-final-on = Définitive, { $date }
report-cover-draft-note = Ceci est un brouillon : les réponses peuvent encore changer. Les notes et les comparaisons sont provisoires.
report-cover-note = Établi avec Mizan, hors ligne, à partir des seules données de l'évaluation. Les notes suivent la méthode exposée à la fin du présent rapport.
report-mode-self = Auto-évaluation
report-mode-interview = Entretiens ({ $respondents ->
    [one] un répondant
   *[other] { $respondents } répondants
})
report-status-draft = Brouillon
report-status-final = Définitive
report-not-given = non renseigné

## Synthèse

report-summary-title = Synthèse
report-summary-index = Indice de préparation
report-summary-index-of = sur 100
report-summary-stage = Stade
report-summary-stage-of = niveau { $stage } sur { $levels }
report-summary-peers = Parmi les pairs
report-summary-rank = { $rank } sur { $total }
report-summary-percentile = centile { $percentile }
report-better-than = { $n ->
    [one] devant { $lower } pair sur un seul
   *[other] devant { $lower } des { $n } pairs
}
report-unranked-incomplete = Rang affiché une fois l'évaluation complète ({ $left ->
    [one] une question restante
   *[other] { $left } questions restantes
})
report-unranked-dimension = non classé : toutes les questions de la dimension n'ont pas de réponse
report-summary-no-peers = pas de comparaison
report-summary-completeness = Avancement
report-summary-answered = { $answered } questions sur { $total }
report-summary-not-scored = Aucune question n'a encore reçu de réponse : il n'y a donc pas de note.
report-summary-incomplete = Cette évaluation est complète à { $percent } : les résultats peuvent changer à mesure que d'autres questions reçoivent une réponse.
report-position = Avec un indice de { $index } sur 100, { $agency } se classe { $rank } sur { $total } parmi ses pairs ({ $group }), { $relation } la médiane des pairs, qui est de { $median } : centile { $percentile }, { $better }.
report-position-unranked = Avec un indice de { $index } sur 100, { $agency } se situe { $relation } la médiane de ses pairs ({ $group }), qui est de { $median }. { $unranked }.
report-position-above = au-dessus de
report-position-below = en dessous de
report-position-equal = au niveau de
report-position-none = { $agency } obtient un indice de { $index } sur 100. { $reason }
report-radar-title = { $shows ->
    [both] Notes par dimension face à la médiane des pairs et aux cibles
    [median] Notes par dimension face à la médiane des pairs
    [targets] Notes par dimension face aux cibles
   *[none] Notes par dimension
}
report-legend-not-answered = Sans réponse (pas de note)
report-radar-not-answered = { $dimension } (sans réponse)
report-legend-agency = Cet organisme
report-legend-median = Médiane des pairs
report-legend-target = Cible
report-legend-iqr = Moitié centrale des pairs (Q1–Q3)
report-legend-range = Étendue des pairs
report-legend-peers = Pairs
report-strongest = Dimensions les plus fortes
report-weakest = Dimensions les plus faibles
report-highlights-withheld = Les dimensions les plus fortes et les plus faibles sont désignées dès que la moitié au moins des dimensions ont une note ({ $scored } sur { $total } en ont une à ce stade).
report-disagreements = { $count ->
    [one] Les répondants sont en désaccord (niveaux distants de deux ou plus) sur une question
   *[other] Les répondants sont en désaccord (niveaux distants de deux ou plus) sur { $count } questions
} : { $where }. Chacune est présentée avec les réponses sur la page de sa dimension.
report-disagreements-none = Sur chaque question, les niveaux des répondants ne s'écartent pas de plus d'un niveau.
report-disagreements-where = { $dimension } ({ $count })
report-dimension-score = { $score } · { $stage }
report-priorities = Cinq recommandations prioritaires
report-priorities-intro = Les écarts les plus importants par rapport aux cibles, pondérés selon leur importance. La feuille de route les présente tous.
report-priority-meta = { $dimension } · { $gap ->
    [one] écart d'un niveau
   *[other] écart de { $gap } niveaux
}
report-no-recommendations = Chaque dimension atteint sa cible : il n'y a aucun écart à combler.

## Dimensions

report-dimensions-title = Dimensions
report-dimension-kicker = Dimension { $number } sur { $count }
report-dim-score = Note
report-dim-score-value = { $score } sur { $levels }
report-dim-index = Indice
report-dim-stage = Stade
report-dim-target = Cible
report-dim-target-value = niveau { $target }
report-dim-answered = Réponses
report-dim-answered-value = { $answered } sur { $total }
report-dim-not-scored = Aucune question de cette dimension n'a encore de niveau.
report-dim-peers = Pairs : médiane { $median }, moitié centrale { $q1 }–{ $q3 }, { $n } organismes. Cet organisme se classe { $rank } sur { $total } (centile { $percentile }, { $better }).
report-dim-peers-unranked = Pairs : médiane { $median }, moitié centrale { $q1 }–{ $q3 }, { $n } organismes. Cet organisme est { $unranked }.
report-dim-peers-none = Pas de comparaison avec les pairs pour cette dimension : { $n ->
    [0] aucune évaluation de pair n'a de note ici
    [one] une seule évaluation de pair a une note ici
   *[other] seules { $n } évaluations de pairs ont une note ici
}, or une comparaison exige au moins { $min } évaluations, afin qu'aucun organisme ne puisse être identifié.
report-unanswered-title = Dimensions encore sans réponse
report-unanswered-intro = { $count ->
    [one] Une dimension n'a encore aucune question avec réponse ; elle n'a donc ni note ni page propre :
   *[other] { $count } dimensions n'ont encore aucune question avec réponse ; elles n'ont donc ni note ni page propre :
}
report-unanswered-row = { $questions ->
    [one] une question
   *[other] { $questions } questions
}
report-col-question = Question
report-col-level = Niveau
report-col-descriptor = Signification de ce niveau
report-level-value = { $level }
report-not-answered = Sans réponse
report-not-applicable = Sans objet
report-note = Commentaire ({ $who }) : { $text }
report-evidence = Éléments probants ({ $who }) : { $text }
report-disagreement = Les réponses diffèrent de { $spread } niveaux : { $answers }.
report-consensus = Consensus sur le niveau { $level }{ $rationale }
report-consensus-rationale = { "\u00A0" }: { $text }

## Feuille de route

report-roadmap-title = Feuille de route
report-roadmap-intro = Chaque écart entre le niveau d'une question et la cible de sa dimension, sous forme de recommandation. La priorité la plus élevée (écart × pondération de la question × pondération de la dimension) vient en premier ; les dimensions sont classées selon leur recommandation la plus urgente.
report-col-number = N°
report-col-recommendation = Recommandation
report-col-from-to = Niveau → cible
report-col-gap = Écart
report-col-priority = Priorité
report-roadmap-group = { $dimension } — note { $score }, niveau cible { $target }
report-roadmap-question = Pour : { $question }
report-roadmap-owner = Responsable : { $owner }
report-roadmap-after = Vient après : { $questions }
report-from-to = { $level } → { $target }

## Comparaison

report-benchmark-title = Comparaison avec les pairs
report-peer-group = Les pairs sont la dernière évaluation définitive de chacun des autres organismes réalisée avec { $framework } { $major }.x{ $filter }.
report-peer-filter = , limitée aux critères suivants : { $filter }
report-peer-all = { "\u00A0" }: tous les organismes, tous secteurs et pays confondus
report-group-all = tous les organismes, tous secteurs et pays confondus
report-filter-sector = secteur { $value }
report-filter-country = pays { $value }
report-filter-size = taille { $value }
report-filter-tag = étiquette { $value }
report-peer-count = { $n ->
    [one] Une évaluation de pair correspond.
   *[other] { $n } évaluations de pairs correspondent.
}
report-benchmark-hidden = Aucune comparaison n'est présentée : { $n ->
    [0] aucune évaluation de pair ne correspond
    [one] une seule évaluation de pair correspond
   *[other] seules { $n } évaluations de pairs correspondent
}, or une comparaison exige au moins { $min } évaluations, afin qu'aucun organisme ne puisse être identifié.
report-distribution-title = Indice global des pairs
report-distribution-median = médiane { $median }
report-bars-title = Notes par dimension face aux pairs
report-quartiles-title = Quartiles par dimension
report-quartiles-note = Notes sur l'échelle de 1 à { $levels }. Le rang 1 correspond à la note la plus élevée ; le calcul des quartiles et des centiles est exposé dans la méthodologie.
report-quartiles-n = { $n ->
    [one] Chaque ligne compare avec un seul pair.
   *[other] Chaque ligne compare avec { $n } pairs.
}
report-quartiles-unranked = – : non classé (l'évaluation ou la dimension n'a pas de réponse complète).
report-col-dimension = Dimension
report-col-n = Pairs
report-col-min = Min.
report-col-q1 = Q1
report-col-median = Médiane
report-col-q3 = Q3
report-col-max = Max.
report-col-agency = Organisme
report-col-rank = Rang
report-col-percentile = Centile
report-overall = Global
report-trend-title = Évolution de l'indice global
report-trend-intro = Les évaluations définitives antérieures de cet organisme avec le même référentiel, et la présente évaluation.
report-trend-current = présente évaluation

## Méthodologie

report-method-title = Méthodologie
report-method-scoring = Calcul des notes
report-method-levels-intro = Chaque question se répond sur { $levels } niveaux, numérotés de 1 à { $levels } :
report-method-1 = Le niveau d'une question est le niveau de consensus lorsqu'il en a été convenu un ; à défaut, la médiane des niveaux des répondants (avec un nombre pair de réponses, la moyenne des deux réponses centrales). Les questions « Sans objet » et celles sans réponse ne sont pas prises en compte. Lorsque les niveaux des répondants diffèrent de deux ou plus, le rapport signale le désaccord.
report-method-2 = La note d'une dimension est la moyenne pondérée des niveaux de ses questions. Une dimension dont aucune question n'a reçu de réponse n'a pas de note (elle ne compte pas pour zéro).
report-method-3 = La note globale est la moyenne pondérée des notes des dimensions, calculée sur les dimensions qui en ont une.
report-method-4 = L'indice exprime une note de 0 à 100 : (note − 1) ÷ ({ $levels } − 1) × 100, avec une décimale.
report-method-5 = Le stade est le niveau le plus proche de la note, les demis étant arrondis au niveau supérieur (2,5 correspond au niveau 3).
report-method-6 = L'avancement est la part des questions ayant une réponse : un niveau, ou la mention « Sans objet » par tous ceux qui y ont répondu.
report-method-7 = L'écart d'une question mesure de combien son niveau est en deçà de la cible de sa dimension : la cible fixée pour l'évaluation ou, à défaut, le niveau situé juste au-dessus du stade de la dimension. Chaque écart s'accompagne de la recommandation du référentiel pour ce niveau. Priorité = écart × pondération de la question × pondération de la dimension ; les recommandations sont classées par priorité, puis par note de dimension croissante, puis dans l'ordre du référentiel.
report-method-benchmark = Comparaison avec les pairs
report-method-peers = Les pairs sont la dernière évaluation définitive de chacun des autres organismes réalisée avec le même référentiel et la même version majeure, éventuellement limitée par secteur, pays, taille ou étiquette. L'organisme n'est jamais son propre pair. Avec moins de { $min } pairs, aucune statistique n'est présentée, afin qu'aucun organisme ne puisse être identifié.
report-method-quartiles = Les quartiles sont calculés par interpolation linéaire entre les rangs les plus proches — méthode par défaut de R (type 7) et de NumPy, et celle de QUARTILE.INCLURE dans Excel : pour n notes triées et une proportion p, h = (n − 1) × p, et le quartile se situe entre les notes de rangs ⌊h⌋ et ⌊h⌋ + 1, en proportion de h − ⌊h⌋.
report-method-rank = Rang = 1 + le nombre de pairs ayant une note strictement supérieure. Centile = 100 × (pairs ayant une note inférieure + la moitié de ceux ayant la même note) ÷ n.
report-method-completeness = Avancement
report-method-completeness-text = La présente évaluation répond à { $answered } questions sur { $total } ({ $percent }).
report-method-levels = Niveaux
report-col-number-level = Niveau
report-col-name = Nom
report-col-description = Description
report-method-sources = Sources du référentiel
report-method-framework = { $framework }, version { $version }. { $description }
report-untranslated-note = Les textes suivis de la mention { $mark } ne sont pas encore traduits en français et figurent en anglais.
report-method-about = Le référentiel
report-method-changes = Nouveautés de cette édition
report-method-measures = Ce qui est mesuré
report-method-reading-levels = Comment lire les niveaux
report-method-best-fit = Lorsqu'un organisme ne remplit qu'une partie d'un niveau
report-method-not-covered = Ce qui n'est pas couvert
report-method-weights = Pondérations différentes de 1
report-col-item = Dimension ou question
report-col-weight = Pondération
report-col-why = Justification
report-weight-no-reason = Aucune justification dans le fichier du référentiel.
report-method-respondents = Répondants
report-col-respondent = Nom
# Nom de l'unique répondant d'une auto-évaluation (aucun nom n'est enregistré).
report-respondent-self = L'organisme (auto-évaluation)
report-col-role = Fonction
report-col-unit = Service
report-col-interviewed = Date de l'entretien
report-col-answers = Réponses
report-no-respondents = Aucun répondant n'est enregistré.
report-generated-by = Établi par Mizan le { $date } à partir de l'évaluation { $id }.

## Profil de l'organisme : libellés de l'application (ui/locales/fr/app.ftl, et noms de pays
## tels que l'application les affiche). Une valeur sans libellé est affichée telle quelle.

report-sector-health = Santé
report-sector-education = Éducation
report-sector-finance = Finances
report-sector-interior = Intérieur
report-sector-justice = Justice
report-sector-municipal = Collectivités locales
report-sector-social = Affaires sociales
report-sector-economy = Économie
report-sector-digital = Administration numérique
report-sector-other = Autre
report-size-small = Petit (moins de 100 agents)
report-size-medium = Moyen (de 100 à 1 000 agents)
report-size-large = Grand (de 1 000 à 10 000 agents)
report-size-very_large = Très grand (plus de 10 000 agents)

report-country-AD = Andorre
report-country-AE = Émirats arabes unis
report-country-AF = Afghanistan
report-country-AG = Antigua-et-Barbuda
report-country-AI = Anguilla
report-country-AL = Albanie
report-country-AM = Arménie
report-country-AO = Angola
report-country-AQ = Antarctique
report-country-AR = Argentine
report-country-AS = Samoa américaines
report-country-AT = Autriche
report-country-AU = Australie
report-country-AW = Aruba
report-country-AX = Îles Åland
report-country-AZ = Azerbaïdjan
report-country-BA = Bosnie-Herzégovine
report-country-BB = Barbade
report-country-BD = Bangladesh
report-country-BE = Belgique
report-country-BF = Burkina Faso
report-country-BG = Bulgarie
report-country-BH = Bahreïn
report-country-BI = Burundi
report-country-BJ = Bénin
report-country-BL = Saint-Barthélemy
report-country-BM = Bermudes
report-country-BN = Brunei
report-country-BO = Bolivie
report-country-BQ = Pays-Bas caribéens
report-country-BR = Brésil
report-country-BS = Bahamas
report-country-BT = Bhoutan
report-country-BV = Île Bouvet
report-country-BW = Botswana
report-country-BY = Biélorussie
report-country-BZ = Belize
report-country-CA = Canada
report-country-CC = Îles Cocos
report-country-CD = Congo-Kinshasa
report-country-CF = République centrafricaine
report-country-CG = Congo-Brazzaville
report-country-CH = Suisse
report-country-CI = Côte d’Ivoire
report-country-CK = Îles Cook
report-country-CL = Chili
report-country-CM = Cameroun
report-country-CN = Chine
report-country-CO = Colombie
report-country-CR = Costa Rica
report-country-CU = Cuba
report-country-CV = Cap-Vert
report-country-CW = Curaçao
report-country-CX = Île Christmas
report-country-CY = Chypre
report-country-CZ = Tchéquie
report-country-DE = Allemagne
report-country-DJ = Djibouti
report-country-DK = Danemark
report-country-DM = Dominique
report-country-DO = République dominicaine
report-country-DZ = Algérie
report-country-EC = Équateur
report-country-EE = Estonie
report-country-EG = Égypte
report-country-EH = Sahara occidental
report-country-ER = Érythrée
report-country-ES = Espagne
report-country-ET = Éthiopie
report-country-FI = Finlande
report-country-FJ = Fidji
report-country-FK = Îles Malouines
report-country-FM = Micronésie
report-country-FO = Îles Féroé
report-country-FR = France
report-country-GA = Gabon
report-country-GB = Royaume-Uni
report-country-GD = Grenade
report-country-GE = Géorgie
report-country-GF = Guyane française
report-country-GG = Guernesey
report-country-GH = Ghana
report-country-GI = Gibraltar
report-country-GL = Groenland
report-country-GM = Gambie
report-country-GN = Guinée
report-country-GP = Guadeloupe
report-country-GQ = Guinée équatoriale
report-country-GR = Grèce
report-country-GS = Géorgie du Sud-et-les Îles Sandwich du Sud
report-country-GT = Guatemala
report-country-GU = Guam
report-country-GW = Guinée-Bissau
report-country-GY = Guyana
report-country-HK = R.A.S. chinoise de Hong Kong
report-country-HM = Îles Heard-et-MacDonald
report-country-HN = Honduras
report-country-HR = Croatie
report-country-HT = Haïti
report-country-HU = Hongrie
report-country-ID = Indonésie
report-country-IE = Irlande
report-country-IL = Israël
report-country-IM = Île de Man
report-country-IN = Inde
report-country-IO = Territoire britannique de l’océan Indien
report-country-IQ = Irak
report-country-IR = Iran
report-country-IS = Islande
report-country-IT = Italie
report-country-JE = Jersey
report-country-JM = Jamaïque
report-country-JO = Jordanie
report-country-JP = Japon
report-country-KE = Kenya
report-country-KG = Kirghizstan
report-country-KH = Cambodge
report-country-KI = Kiribati
report-country-KM = Comores
report-country-KN = Saint-Christophe-et-Niévès
report-country-KP = Corée du Nord
report-country-KR = Corée du Sud
report-country-KW = Koweït
report-country-KY = Îles Caïmans
report-country-KZ = Kazakhstan
report-country-LA = Laos
report-country-LB = Liban
report-country-LC = Sainte-Lucie
report-country-LI = Liechtenstein
report-country-LK = Sri Lanka
report-country-LR = Liberia
report-country-LS = Lesotho
report-country-LT = Lituanie
report-country-LU = Luxembourg
report-country-LV = Lettonie
report-country-LY = Libye
report-country-MA = Maroc
report-country-MC = Monaco
report-country-MD = Moldavie
report-country-ME = Monténégro
report-country-MF = Saint-Martin
report-country-MG = Madagascar
report-country-MH = Îles Marshall
report-country-MK = Macédoine du Nord
report-country-ML = Mali
report-country-MM = Myanmar (Birmanie)
report-country-MN = Mongolie
report-country-MO = R.A.S. chinoise de Macao
report-country-MP = Îles Mariannes du Nord
report-country-MQ = Martinique
report-country-MR = Mauritanie
report-country-MS = Montserrat
report-country-MT = Malte
report-country-MU = Maurice
report-country-MV = Maldives
report-country-MW = Malawi
report-country-MX = Mexique
report-country-MY = Malaisie
report-country-MZ = Mozambique
report-country-NA = Namibie
report-country-NC = Nouvelle-Calédonie
report-country-NE = Niger
report-country-NF = Île Norfolk
report-country-NG = Nigeria
report-country-NI = Nicaragua
report-country-NL = Pays-Bas
report-country-NO = Norvège
report-country-NP = Népal
report-country-NR = Nauru
report-country-NU = Niue
report-country-NZ = Nouvelle-Zélande
report-country-OM = Oman
report-country-PA = Panama
report-country-PE = Pérou
report-country-PF = Polynésie française
report-country-PG = Papouasie-Nouvelle-Guinée
report-country-PH = Philippines
report-country-PK = Pakistan
report-country-PL = Pologne
report-country-PM = Saint-Pierre-et-Miquelon
report-country-PN = Îles Pitcairn
report-country-PR = Porto Rico
report-country-PS = État de Palestine
report-country-PT = Portugal
report-country-PW = Palaos
report-country-PY = Paraguay
report-country-QA = Qatar
report-country-RE = La Réunion
report-country-RO = Roumanie
report-country-RS = Serbie
report-country-RU = Russie
report-country-RW = Rwanda
report-country-SA = Arabie saoudite
report-country-SB = Îles Salomon
report-country-SC = Seychelles
report-country-SD = Soudan
report-country-SE = Suède
report-country-SG = Singapour
report-country-SH = Sainte-Hélène
report-country-SI = Slovénie
report-country-SJ = Svalbard et Jan Mayen
report-country-SK = Slovaquie
report-country-SL = Sierra Leone
report-country-SM = Saint-Marin
report-country-SN = Sénégal
report-country-SO = Somalie
report-country-SR = Suriname
report-country-SS = Soudan du Sud
report-country-ST = Sao Tomé-et-Principe
report-country-SV = Salvador
report-country-SX = Saint-Martin (partie néerlandaise)
report-country-SY = Syrie
report-country-SZ = Eswatini
report-country-TC = Îles Turques-et-Caïques
report-country-TD = Tchad
report-country-TF = Terres australes françaises
report-country-TG = Togo
report-country-TH = Thaïlande
report-country-TJ = Tadjikistan
report-country-TK = Tokelau
report-country-TL = Timor oriental
report-country-TM = Turkménistan
report-country-TN = Tunisie
report-country-TO = Tonga
report-country-TR = Turquie
report-country-TT = Trinité-et-Tobago
report-country-TV = Tuvalu
report-country-TW = Taïwan
report-country-TZ = Tanzanie
report-country-UA = Ukraine
report-country-UG = Ouganda
report-country-UM = Îles mineures éloignées des États-Unis
report-country-US = États-Unis
report-country-UY = Uruguay
report-country-UZ = Ouzbékistan
report-country-VA = État de la Cité du Vatican
report-country-VC = Saint-Vincent-et-les Grenadines
report-country-VE = Venezuela
report-country-VG = Îles Vierges britanniques
report-country-VI = Îles Vierges des États-Unis
report-country-VN = Viêt Nam
report-country-VU = Vanuatu
report-country-WF = Wallis-et-Futuna
report-country-WS = Samoa
report-country-YE = Yémen
report-country-YT = Mayotte
report-country-ZA = Afrique du Sud
report-country-ZM = Zambie
report-country-ZW = Zimbabwe
