# Écran Comparaison : l'organisme face à ses pairs, et son évolution dans le temps.

compare-title = Comparaison avec les pairs
compare-back = Retour aux résultats
compare-load-failed = La comparaison n'a pas pu être chargée.
compare-failed = Le groupe de pairs n'a pas pu être calculé.
compare-draft-note = Brouillon : ses notes peuvent encore changer. Les pairs sont toujours des évaluations définitives.

compare-peer-group = Groupe de pairs
compare-edit-profile = Modifier le profil de l'organisme
compare-filter-legend = Ne comparer qu'avec les organismes qui partagent
compare-same-sector = Même secteur :
compare-same-country = Même pays :
compare-same-size = Même taille :
compare-same-tags = Mêmes étiquettes :
compare-not-in-profile = absent du profil
compare-peer-count = { $count ->
    [0] Aucun pair ne correspond à ce groupe.
    [one] { $count } pair correspond à ce groupe.
   *[other] { $count } pairs correspondent à ce groupe.
}
compare-updating = Mise à jour…

compare-none-title = Pas de comparaison pour ce groupe
compare-too-few = { $count ->
    [0] Aucune évaluation de pair ne correspond
    [one] Une seule évaluation de pair correspond
   *[other] Seules { $count } évaluations de pairs correspondent
} : une comparaison exige au moins { $min } pairs, afin qu'aucun organisme ne puisse être identifié.
compare-no-stats = Le moteur n'a fourni aucune statistique pour ce groupe.
compare-too-few-hint = Désactivez un filtre pour vous comparer à un groupe plus large.

compare-summary = Synthèse
compare-kpi-index = Indice de cet organisme
compare-kpi-median = Indice médian des pairs
compare-kpi-rank = Rang
compare-kpi-percentile = Centile
compare-rank = { $rank } sur { $total }

compare-radar-heading = Profil face aux pairs
compare-radar-title = Notes par dimension face au groupe de pairs
compare-radar-desc = Graphique en radar avec un axe par dimension : les notes de cet organisme, la médiane des pairs et la bande où se situe la moitié centrale des pairs. Le tableau ci-dessous reprend les mêmes chiffres.
compare-legend-agency = Cet organisme
compare-legend-median = Médiane des pairs
compare-legend-band = Moitié centrale des pairs (Q1 à Q3)

compare-strip-heading = Indice de préparation des pairs
compare-strip-intro = { $count ->
    [one] Un point par pair sur l'indice de 0 à 100 ; le trait marque cet organisme.
   *[other] Un point pour chacun des { $count } pairs sur l'indice de 0 à 100 ; le trait marque cet organisme.
}
compare-strip-title = Répartition de l'indice de préparation des pairs
compare-strip-desc = { $count ->
    [one] Un point pour { $count } pair sur une échelle de 0 à 100, la boîte des quartiles sous l'axe et un trait pour cet organisme.
   *[other] Des points pour { $count } pairs sur une échelle de 0 à 100, la boîte des quartiles sous l'axe et un trait pour cet organisme.
}
compare-strip-own = Cet organisme : { $index }
compare-strip-legend-peer = Un pair
compare-strip-legend-box = Quartiles (boîte) et étendue (trait)

compare-table-heading = Statistiques par dimension
compare-table-caption = Statistiques des pairs sur l'indice de préparation de 0 à 100
compare-overall-row = Indice global
compare-col-dimension = Dimension
compare-col-value = Cet organisme
compare-col-n = Pairs (n)
compare-col-min = Min.
compare-col-q1 = Q1
compare-col-median = Médiane
compare-col-q3 = Q3
compare-col-max = Max.
compare-col-rank = Rang
compare-col-percentile = Centile
compare-dimension-too-few = Moins de { $min } pairs ont une note ici : non affiché.
compare-dimension-too-few-note = Le n d'une dimension ne compte que les pairs qui y ont une note ; en dessous de { $min }, ses statistiques ne sont pas affichées.

compare-how-title = Comment ce calcul est-il fait ?
compare-how-peers = Les pairs sont la dernière évaluation définitive de chacun des autres organismes réalisée avec le même référentiel (même version majeure), dans les limites du groupe de pairs ci-dessus. Les organismes issus de lots de comparaison importés comptent comme des pairs anonymes ; ils n'ont pas d'étiquettes, si bien qu'un filtre par étiquette les écarte. Cet organisme n'est jamais son propre pair.
compare-how-quartiles = Les quartiles sont calculés par interpolation linéaire entre les rangs les plus proches, méthode par défaut de R et de NumPy et celle de QUARTILE.INCLURE dans Excel : les n notes des pairs étant triées, le quartile p se situe à la position (n − 1) × p, entre les deux notes les plus proches.
compare-how-rank = Rang = 1 + le nombre de pairs ayant une note strictement supérieure, compté parmi les pairs et cet organisme : « 3 sur 13 » signifie que 2 des 12 pairs ont obtenu une note supérieure.
compare-how-percentile = Centile = 100 × (pairs ayant une note inférieure + la moitié des pairs ayant une note égale) ÷ n.
compare-how-k = Avec moins de { $min } pairs, rien n'est affiché, afin qu'aucun organisme ne puisse être identifié. Le n d'une dimension ne compte que les pairs qui y ont une note.
compare-how-scale = Les notes se situent sur l'échelle des niveaux de 1 à { $levels } ; l'indice vaut (note − 1) ÷ ({ $levels } − 1) × 100. Les cartes et le tableau utilisent l'indice ; le radar représente les niveaux.

trend-heading = Évolution
trend-empty = L'évolution s'affichera après la prochaine évaluation définitive de cet organisme avec ce référentiel.
trend-first = Il s'agit de la première évaluation de l'organisme avec ce référentiel : les suivantes lui seront comparées.
trend-chart-title = { $count ->
    [one] Indice de préparation de { $count } évaluation
   *[other] Indice de préparation sur { $count } évaluations de cet organisme
}
trend-this-assessment = Celle-ci
trend-since = Depuis « { $title } » ({ $date })
trend-col-before = Avant
trend-col-now = Maintenant
trend-col-change = Évolution
trend-overall-index = Indice de préparation
trend-not-comparable = non comparable
trend-up = en hausse de
trend-down = en baisse de
trend-same = inchangé,

compare-dimension-unranked = non classée : dimension incomplètement renseignée
compare-group-all = Groupe de pairs : tous les organismes, tous secteurs et pays confondus.
compare-higher = { $higher ->
    [0] Aucun pair n'a obtenu une note plus élevée.
    [one] { $higher } des { $n } pairs a obtenu une note plus élevée.
   *[other] { $higher } des { $n } pairs ont obtenu une note plus élevée.
}
compare-how-draft = Un brouillon n'obtient ni rang ni centile tant que toutes les questions n'ont pas reçu de réponse ou n'ont pas été marquées sans objet ; de même, une dimension n'est classée que lorsque toutes ses questions ont reçu une réponse : comparée à des pairs dont l'évaluation est complète, une note partielle serait trompeuse.
compare-table-intro = { $n ->
    [one] Sur l'indice de préparation de 0 à 100, comme les cartes ci-dessus, à partir de { $n } pair.
   *[other] Sur l'indice de préparation de 0 à 100, comme les cartes ci-dessus, à partir des mêmes { $n } pairs sur chaque ligne.
}
compare-table-intro-varies = Sur l'indice de préparation de 0 à 100, comme les cartes ci-dessus. Une dimension ne compte que les pairs qui ont une note pour elle (colonne n).
rank-pending = { $left ->
    [one] Le rang s'affichera une fois l'évaluation terminée ({ $left } question restante).
   *[other] Le rang s'affichera une fois l'évaluation terminée ({ $left } questions restantes).
}
trend-scales = L'indice de préparation va de 0 à 100 ; les dimensions sont sur l'échelle des niveaux de 1 à { $levels }.
