# Écran des résultats.

results-load-failed = Les résultats n'ont pas pu être calculés.
results-overall = Résultat global
results-index = Indice de préparation
results-index-of = sur 100
results-stage = Stade
results-stage-of = Niveau { $stage } sur { $levels }
results-score = Niveau moyen
results-score-of = sur une échelle de 1 à { $levels }
results-completeness = Avancement
results-incomplete = Cette évaluation est complète à { $percent } : les résultats peuvent changer à mesure que d'autres questions reçoivent une réponse.
results-continue = Poursuivre le questionnaire
results-back-to-questionnaire = Retour au questionnaire
results-profile = Profil
results-radar-title = Notes par dimension face aux cibles
results-radar-desc = Graphique en radar avec un axe par dimension ; les cercles marquent les niveaux. Les mêmes chiffres sont présentés à côté.
results-legend-score = Note
results-legend-target = Cible
results-dimensions = Dimensions
results-target = cible { $target }
results-answered = { $total ->
    [one] Question avec réponse : { $answered } sur { $total }
   *[other] Questions avec réponse : { $answered } sur { $total }
}
results-recommendations = Actions prioritaires
results-recommendations-intro = Par dimension, en commençant par celle dont l'action est la plus urgente ; au sein de chaque dimension, les écarts les plus importants par rapport à la cible, pondérés selon leur importance, viennent en premier.
results-gap = { $gap ->
    [one] écart de { $gap } niveau
   *[other] écart de { $gap } niveaux
}
results-no-recommendations = Chaque dimension atteint sa cible : aucune action prioritaire.
results-no-recommendations-unscored = Répondez à quelques questions pour obtenir des recommandations.
results-finalize = Finaliser
results-finalize-title = Finaliser cette évaluation ?
results-finalize-body = Une évaluation définitive ne peut plus être modifiée. Elle entre dans les comparaisons et les rapports.
results-finalize-body-incomplete = Cette évaluation n'est complète qu'à { $percent }. Une évaluation définitive ne peut plus être modifiée ; les questions sans réponse le resteront.
results-finalize-unresolved = { $count ->
    [one] Un désaccord reste sans consensus : la question concernée est notée à la médiane des réponses.
   *[other] { $count } désaccords restent sans consensus : les questions concernées sont notées à la médiane des réponses.
}
results-finalized = L'évaluation est désormais définitive.
results-finalized-on = Finalisée le { $date }
results-finalize-failed = L'évaluation n'a pas pu être finalisée : { $message }
results-peers = Parmi les pairs
results-peers-line = { $count ->
    [one] Face à { $count } pair ayant utilisé ce référentiel
   *[other] Face aux { $count } pairs ayant utilisé ce référentiel
} : indice médian des pairs { $median } ; cette évaluation se classe { $rank } sur { $total }.
results-peers-median = { $count ->
    [one] Face à { $count } pair ayant utilisé ce référentiel
   *[other] Face aux { $count } pairs ayant utilisé ce référentiel
} : indice médian des pairs { $median }.

results-report-open = Exporter le rapport…
results-report-title = Exporter le rapport
results-report-format = Format
results-report-format-pdf = PDF, prêt à transmettre
results-report-format-docx = Word (DOCX), modifiable par les services
results-report-lang = Langue du rapport
results-report-paper = Format du papier
results-report-paper-a4 = A4
results-report-paper-letter = Lettre US
results-report-k-rule = La comparaison n'est présentée que pour un groupe d'au moins { $min } évaluations de pairs, afin qu'aucun organisme ne puisse être identifié.
results-report-no-benchmark = Le rapport indiquera le groupe retenu, sans les statistiques des pairs.
results-report-sections = Parties du rapport
results-report-section-summary = Synthèse (toujours incluse)
results-report-section-dimensions = Dimensions, une partie chacune
results-report-section-roadmap = Feuille de route
results-report-section-benchmark = Comparaison avec les pairs
results-report-section-methodology = Méthodologie
results-report-section-respondents = Liste des répondants (dans la méthodologie)
results-report-respondents = Nommer les répondants
results-report-respondents-hint = À défaut, le rapport n'indique que la fonction et le service de chaque répondant.
results-report-preview-alt = Première page du rapport
results-report-preview-loading = Préparation de l'aperçu…
results-report-preview-pages = Première page sur { $pages } (en PDF)
results-report-preview-failed = Aperçu indisponible : { $message }
results-report-export = Exporter
results-report-cancel = Annuler
results-report-close = Fermer
results-report-saved = Rapport enregistré dans { $path }
results-report-reveal = Afficher dans le dossier
results-pdf-exporting = Préparation du rapport…
results-pdf-exported = Rapport ({ $pages } pages) enregistré dans { $path }
results-pdf-failed = Le rapport n'a pas été enregistré : { $message }

results-level-move = niveau { $from } → { $to }
results-recommendations-all = { $count ->
    [one] Afficher l'action
   *[other] Afficher les { $count } actions
}
