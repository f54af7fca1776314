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
results-answered = { $answered } questions sur { $total } avec réponse
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

results-pdf-export = Exporter le rapport PDF…
results-pdf-exporting = Préparation du rapport…
results-pdf-exported = Rapport ({ $pages } pages) enregistré dans { $path }
results-pdf-failed = Le rapport n'a pas été enregistré : { $message }

results-level-move = niveau { $from } → { $to }
results-recommendations-all = { $count ->
    [one] Afficher l'action
   *[other] Afficher les { $count } actions
}
