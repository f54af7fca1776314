# Écran Référentiels.

frameworks-title = Référentiels
frameworks-intro = Un référentiel définit les dimensions, les questions et les niveaux d'une évaluation. Mizan est livré avec des référentiels intégrés ; vous pouvez en installer d'autres à partir d'un fichier de référentiel (.toml).
frameworks-load-failed = Les référentiels n'ont pas pu être chargés.
frameworks-none = Aucun référentiel n'est installé.
frameworks-install = Installer un référentiel…
frameworks-installing = Installation…
frameworks-installed = « { $title } » version { $version } installé.
frameworks-install-invalid = { $count ->
    [one] Le fichier de référentiel présente un problème :
   *[other] Le fichier de référentiel présente { $count } problèmes :
}
frameworks-install-failed = Le référentiel n'a pas pu être installé :
frameworks-install-fix = Corrigez le fichier aux endroits indiqués, puis installez-le de nouveau. Rien n'a été installé.
frameworks-builtin = Intégré
frameworks-user-installed = Installé
frameworks-open = Voir le détail
frameworks-open-label = Voir le détail de { $title }
frameworks-back = Retour à tous les référentiels
frameworks-levels = Niveaux
frameworks-dimensions = Dimensions et questions
frameworks-dimension-meta = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}, pondération { $weight }
frameworks-expand-all = Tout déplier
frameworks-collapse-all = Tout replier
frameworks-col-level = Niveau
frameworks-col-descriptor = Ce qui le caractérise
frameworks-col-recommendation = Prochaines étapes
frameworks-sources = Sources

packs-intro = Un lot de comparaison contient les notes des évaluations définitives de cet ordinateur pour un référentiel — uniquement le secteur, le pays, la taille, la date et les notes par dimension, sans nom d'organisme, sans réponses ni commentaires — afin que d'autres puissent s'y comparer ; les lots importés comptent comme des pairs anonymes.
packs-export = Exporter un lot de comparaison…
packs-export-label = Exporter un lot de comparaison de { $title }
packs-exporting = Exportation…
packs-exported = { $count ->
    [one] { $count } évaluation exportée vers { $path }
   *[other] { $count } évaluations exportées vers { $path }
}
packs-export-failed = Le lot de comparaison n'a pas pu être exporté :
packs-import = Importer un lot de comparaison…
packs-importing = Importation…
packs-imported = { $count ->
    [one] { $count } évaluation de pair anonyme importée.
   *[other] { $count } évaluations de pairs anonymes importées.
}
packs-imported-replaced = { $count ->
    [one] { $count } évaluation de pair anonyme importée
   *[other] { $count } évaluations de pairs anonymes importées
}, en remplacement des { $replaced } d'une importation antérieure du même lot.
packs-import-failed = Le lot de comparaison a été refusé :
packs-error-file = Fichier
packs-error-path = Emplacement (chemin JSON)
packs-error-problem = Problème
packs-import-nothing = Rien n'a été importé. Corrigez le fichier ou demandez un nouveau lot.

# Note méthodologique et notes du format 1.1 d'une question.
frameworks-methodology = Méthodologie
frameworks-changes = Nouveautés de cette édition
frameworks-measures = Ce qui est mesuré
frameworks-reading-levels = Comment lire les niveaux
frameworks-best-fit = Lorsqu'un organisme ne remplit qu'une partie d'un niveau
frameworks-not-covered = Ce qui n'est pas couvert
frameworks-weights = Pondérations différentes de 1
frameworks-col-item = Dimension ou question
frameworks-col-weight = Pondération
frameworks-col-why = Justification
frameworks-weight-no-reason = Aucune justification dans le fichier du référentiel.
frameworks-evidence-expected = Éléments probants attendus pour chaque niveau :
frameworks-owner = Responsable
frameworks-weight-why = Pondération { $weight }
frameworks-depends-on = Vient après
frameworks-see-also = Équivalent dans un autre référentiel
frameworks-indicators = Indicateurs des indices internationaux
