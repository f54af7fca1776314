# Écran d'accueil : la liste des évaluations.

home-title = Évaluations
home-search-label = Rechercher des évaluations
home-search-placeholder = Rechercher par organisme ou par titre
home-load-failed = Les évaluations n'ont pas pu être chargées.
home-no-match = Aucune évaluation ne correspond à « { $query } ».
home-count = { $count ->
    [one] { $count } évaluation affichée
   *[other] { $count } évaluations affichées
}

home-empty-title = Aucune évaluation pour l'instant
home-empty-intro = Mizan vous aide à mesurer dans quelle mesure votre organisme est prêt à innover, et ce qu'il convient de faire ensuite. Tout reste sur cet ordinateur.
home-empty-step-agency = Indiquez le nom de votre organisme et choisissez un référentiel.
home-empty-step-answer = Répondez à chaque question en choisissant le niveau qui correspond à votre organisme aujourd'hui.
home-empty-step-results = Consultez votre indice, votre profil par dimension et les actions prioritaires.
home-empty-offline = Vos réponses sont enregistrées au fur et à mesure ; vous pouvez vous interrompre et reprendre à tout moment.
home-sample-load = Charger des organismes d'exemple
home-sample-loading = Chargement des organismes d'exemple…
home-sample-hint = Pour essayer d'abord les comparaisons : des organismes fictifs, signalés par « (exemple) », avec des évaluations définitives. Possible uniquement tant que la liste est vide.
home-import = Importer…
home-import-hint = Importer des fichiers d'échange créés sur d'autres ordinateurs (vous pouvez aussi les déposer sur la fenêtre).
home-sample-loaded = { $count ->
    [one] { $count } évaluation d'exemple chargée.
   *[other] { $count } évaluations d'exemple d'organismes fictifs chargées.
}
home-sample-failed = Les organismes d'exemple n'ont pas pu être chargés.

home-col-assessment = Évaluation
home-col-index = Indice
home-col-stage = Stade
home-col-completeness = Avancement
home-col-updated = Mise à jour
home-col-actions = Actions

home-results-label = Résultats de { $title }
home-duplicate-label = Réévaluer : commencer un nouveau brouillon de { $title }
home-duplicate-hint = Commencer un nouveau brouillon avec le même profil d'organisme et le même référentiel ; les réponses ne sont pas reprises
home-compare-label = Comparer { $title } avec les pairs
home-delete-label = Supprimer { $title }

home-delete-title = Supprimer cette évaluation ?
home-delete-body = « { $title } » et ses réponses seront supprimées. Vous pouvez annuler pendant quelques secondes.
home-deleted = « { $title } » a été supprimée.
home-restored = « { $title } » a été rétablie.
home-delete-failed = L'évaluation n'a pas pu être supprimée : { $message }
home-undo-failed = L'évaluation n'a pas pu être rétablie : { $message }
home-duplicate-failed = L'évaluation n'a pas pu être dupliquée : { $message }

home-clear-filters = Tout afficher
home-continue = Reprendre
home-continue-label = Reprendre le questionnaire de { $title }
home-filter-any-framework = Tous les référentiels
home-filter-any-mode = Tous les modes
home-filter-any-status = Tous les statuts
home-filter-status = Statut
home-no-match-filters = Aucune évaluation ne correspond à ces filtres.
home-sort = Trier par
home-sort-index-desc = Indice, le plus élevé d'abord
home-sort-title = Titre, de A à Z
home-sort-updated-asc = Modification, la plus ancienne d'abord
home-sort-updated-desc = Modification, la plus récente d'abord
home-tools-label = Filtrer et trier la liste
# An interview's row on Home lists its first four respondents; the rest on demand.
home-respondents-more = { $count ->
    [one] Afficher l'autre répondant
   *[other] Afficher les { $count } autres répondants
}
home-respondents-fewer = Afficher moins
