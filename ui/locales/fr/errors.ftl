# Erreurs du moteur, désignées par leur clé (`key` et `args` de chaque erreur renvoyée par
# le moteur ; voir docs/ipc.md). À défaut de clé, le `message` anglais du moteur s'affiche.
# Les arguments sont du texte saisi ou des codes ; Fluent les isole (bidi), l'interface les affiche comme texte.

# Erreur interne et rare, sans message propre : son code et son texte anglais.
err-generic = Mizan n'a pas pu effectuer cette opération ({ $code }) : { $message }
err-invalid-framework = Le fichier de référentiel { $file } comporte des erreurs : corrigez-les, puis installez-le de nouveau.
err-exchange-not-mizan = { $file } n'est pas un fichier d'échange Mizan (ou il est endommagé) : choisissez un fichier exporté par Mizan. Aucune donnée n'a été importée.
err-exchange-field = Le fichier { $file } a été refusé : la valeur située à { $path } n'est pas valide. Corrigez le fichier ou exportez-le de nouveau ; aucune donnée n'a été importée.
err-final-import = L'évaluation « { $title } » est définitive sur ce poste et le fichier { $file } la modifierait : rouvrez-la d'abord, puis importez de nouveau le fichier. Aucune donnée n'a été importée.
err-not-found = { $what ->
    [assessment] Cette évaluation n'existe plus ({ $id }) : elle a peut-être été supprimée.
    [deleted-assessment] Aucune évaluation supprimée ne peut être rétablie ({ $id }).
    [respondent] Ce répondant n'existe plus ({ $id }).
    [removed-respondent] Aucun répondant retiré ne peut être rétabli ({ $id }).
    [agency] Cet organisme n'existe plus ({ $id }).
    [change] Cette modification ne figure plus dans l'historique ({ $id }).
    [framework] Le référentiel { $id } n'est pas installé : installez-le depuis l'écran Référentiels.
    [database] La base de données { $id } n'existe pas.
   *[item] Cet élément n'existe plus ({ $id }).
}
err-storage-disk-full = Le disque est plein : libérez de l'espace, puis enregistrez de nouveau. Aucune donnée n'a été écrite partiellement.
err-storage-read-only = Le dossier des données n'est pas accessible en écriture ({ $path }) : autorisez l'écriture, puis enregistrez de nouveau.
err-storage-busy = Un autre programme utilise la base de données : fermez-le (une autre fenêtre de Mizan ou la commande mizan), puis réessayez.
err-storage-corrupt = La base de données { $path } est endommagée ou n'est pas une base Mizan : restaurez une sauvegarde.
err-storage-io = Le disque a signalé une erreur : vérifiez qu'il dispose d'espace libre et qu'il est toujours connecté, puis enregistrez de nouveau.
err-storage = La base de données { $path } n'a pas pu être lue ou écrite : réessayez ; si le problème persiste, restaurez une sauvegarde.
err-io-disk-full = Le disque est plein ({ $path }) : libérez de l'espace, puis réessayez.
err-io-read-only = Impossible d'écrire dans { $path } : choisissez un dossier accessible en écriture, puis réessayez.
err-io = { $path } n'a pas pu être lu ou écrit : vérifiez le fichier et le dossier, puis réessayez.
err-output-database = { $path } est la base de données de Mizan (ou l'un de ses fichiers annexes) : y écrire la détruirait. Choisissez un autre nom de fichier.
err-output-folder = { $path } est un dossier : indiquez le nom d'un fichier dans ce dossier.
err-output-special = { $path } n'est pas un fichier ordinaire (tube ou périphérique) : Mizan n'écrit et ne remplace que des fichiers ordinaires. Choisissez un autre nom de fichier.
err-output-read-only = { $path } est en lecture seule : Mizan ne remplace pas un fichier protégé. Choisissez un autre nom de fichier ou rendez-le d'abord modifiable.
err-output-no-folder = Le dossier { $folder } n'existe pas. Créez-le ou choisissez un fichier dans un autre dossier.
err-backup-missing = { $path } n'existe pas (ou plus) : choisissez une autre sauvegarde.
err-backup-unusable = { $path } n'est pas une sauvegarde Mizan utilisable : ce n'est pas une base de données Mizan, ou son contrôle d'intégrité échoue. Choisissez une autre sauvegarde.
err-backup-none-chosen = Aucune sauvegarde n'a été choisie pour la restauration : choisissez-en d'abord une (Vos données → Restaurer…).
err-busy-restoring = Une sauvegarde est en cours de restauration : réessayez dans un instant.
err-import-retry-gone = Cette importation refusée ne peut plus être relancée : importez de nouveau le fichier (Vos données → Importer des fichiers d'échange…).
err-drop-folder = { $path } est un dossier : déposez les fichiers d'échange qu'il contient (*.json), et non le dossier lui-même.
err-drop-not-exchange = { $path } n'est pas un fichier d'échange (*.mizan.json) : seuls les fichiers d'échange peuvent être déposés ici. Les référentiels (.toml) et les jeux de comparaison s'installent depuis Référentiels.
err-report-extension-mismatch = { $path } se termine par .{ $ext }, mais le format choisi est { $format } : nommez le fichier .{ $format } ou choisissez le format correspondant.
err-report-extension-unknown = { $path } se termine par .{ $ext }, qui n'est pas un format de rapport : nommez le fichier .pdf ou .docx.
err-name-empty = { $field ->
    [agency-name] Saisissez le nom de l'organisme.
    [title] Saisissez un titre pour l'évaluation.
    [respondent-name] Saisissez le nom du répondant.
   *[name] Saisissez un nom.
}
err-name-too-long = { $field ->
    [agency-name] Le nom de l'organisme dépasse { $max } caractères : abrégez-le.
    [title] Le titre dépasse { $max } caractères : abrégez-le.
    [respondent-name] Le nom du répondant dépasse { $max } caractères : abrégez-le.
   *[name] Ce nom dépasse { $max } caractères : abrégez-le.
}
err-text-too-long = { $field ->
    [role] La fonction dépasse { $max } caractères : abrégez-la.
    [unit] Le service dépasse { $max } caractères : abrégez-le.
    [sector] Le secteur dépasse { $max } caractères : abrégez-le.
    [size] La tranche de taille dépasse { $max } caractères : abrégez-la.
    [tag] Une étiquette dépasse { $max } caractères : abrégez-la.
    [note] Le commentaire dépasse { $max } caractères : abrégez-le.
    [evidence] Les éléments probants dépassent { $max } caractères : abrégez-les.
    [rationale] La justification dépasse { $max } caractères : abrégez-la.
   *[text] Ce texte dépasse { $max } caractères : abrégez-le.
}
err-text-nul = Ce texte contient un caractère NUL : supprimez-le.
err-level-out-of-range = Le niveau { $level } n'existe pas : choisissez un niveau de 1 à { $max }.
err-target-out-of-range = La cible { $level } n'existe pas : choisissez un niveau de 1 à { $max }.
err-level-and-na = Une réponse indique soit un niveau, soit « sans objet », mais pas les deux.
err-final = Cette évaluation est définitive et ne peut plus être modifiée : dupliquez-la pour procéder à une nouvelle évaluation.
err-country = « { $value } » n'est pas un code de pays : utilisez les deux lettres de la norme ISO 3166, par exemple TN, JO, LB.
err-date = « { $value } » n'est pas une date : utilisez le format AAAA-MM-JJ, par exemple 2026-03-14.
err-self-one-respondent = Une auto-évaluation n'a qu'un seul répondant, l'organisme lui-même : pour recueillir l'avis de plusieurs personnes, créez une évaluation par entretiens.
err-agency-taken = Un autre organisme, « { $other } », porte déjà ce nom dans ce pays : choisissez un autre nom.
err-rationale-empty = Indiquez pourquoi ce niveau a été retenu : la justification figure dans le rapport.
err-pack-too-few = { $count ->
    [one] Seulement { $count } évaluation définitive utilise ce référentiel : un lot de comparaison en exige au moins { $min }, afin qu'aucun organisme ne puisse être identifié.
   *[other] Seules { $count } évaluations définitives utilisent ce référentiel : un lot de comparaison en exige au moins { $min }, afin qu'aucun organisme ne puisse être identifié.
}
err-sample-not-empty = Les organismes d'exemple ne peuvent être chargés que dans une base de données vide : celle-ci contient déjà des évaluations.
err-no-respondent = Cet entretien n'a pas encore de répondant : ajoutez d'abord la personne interrogée, puis saisissez ses réponses.
