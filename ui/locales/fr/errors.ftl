# Erreurs du moteur, désignées par leur clé (`key` et `args` de chaque erreur renvoyée par
# le moteur ; voir docs/ipc.md). À défaut de clé, le `message` anglais du moteur s'affiche.
# Les arguments sont du texte saisi ou des codes ; Fluent les isole (bidi), l'interface les affiche comme texte.

# Erreur interne et rare, sans message propre : son code et son texte anglais.
err-generic = Mizan n'a pas pu effectuer cette opération ({ $code }) : { $message }
err-invalid-framework = Le fichier de référentiel { $file } comporte des erreurs : corrigez-les, puis installez-le de nouveau.
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
err-output-database = { $path } est la base de données de Mizan elle-même (ou l'un de ses fichiers annexes) : écrire dans ce fichier la détruirait. Choisissez un autre nom de fichier.
err-output-folder = { $path } est un dossier : indiquez un nom de fichier dans ce dossier.
err-output-special = { $path } n'est pas un fichier ordinaire (c'est un tube ou un périphérique) : Mizan n'écrit et ne remplace que des fichiers ordinaires. Choisissez un autre nom de fichier.
err-output-read-only = { $path } est en lecture seule : Mizan ne remplace pas un fichier protégé. Choisissez un autre nom de fichier ou rendez d'abord ce fichier modifiable.
err-output-no-folder = Le dossier { $folder } n'existe pas. Créez-le ou choisissez un fichier dans un autre dossier.
err-backup-missing = { $path } n'existe pas (ou n'existe plus) : choisissez une autre sauvegarde.
err-backup-unusable = { $path } n'est pas une sauvegarde Mizan utilisable : ce n'est pas une base de données Mizan, ou la vérification de son intégrité a échoué. Choisissez une autre sauvegarde.
err-backup-none-chosen = Aucune sauvegarde à restaurer n'a été choisie : choisissez-en une d'abord (Vos données → Restaurer…).
err-busy-restoring = Une sauvegarde est en cours de restauration : réessayez dans un instant.
err-preview-failed = L'aperçu n'a pas pu être affiché : exportez le rapport pour le consulter.
err-import-retry-gone = Cette importation refusée ne peut plus être relancée : importez de nouveau le fichier (Vos données → Importer des fichiers d'échange…).
err-drop-folder = { $path } est un dossier : déposez les fichiers d'échange qu'il contient (*.json), et non le dossier lui-même.
err-drop-not-exchange = { $path } n'est pas un fichier d'échange (*.mizan.json) : seuls les fichiers d'échange peuvent être déposés ici. Les référentiels (.toml) s'installent et les lots de comparaison s'importent depuis l'écran Référentiels.
err-report-extension-mismatch = Le fichier { $path } porte l'extension .{ $ext }, alors que le format choisi est { $format } : donnez-lui l'extension .{ $format } ou choisissez le format correspondant.
err-report-extension-unknown = Le fichier { $path } porte l'extension .{ $ext }, qui ne correspond à aucun format de rapport : donnez-lui l'extension .pdf ou .docx.
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
# Fichier d'échange ou lot de comparaison refusé, affiché avec le fichier et le chemin JSON
# en cause : err-exchange-at (ou err-exchange-whole, pour le fichier dans son ensemble)
# autour de $problem, le texte de l'un des messages err-file-*, err-json-*, err-exchange-*
# ou err-pack-* ci-dessous.
err-exchange-at = Le fichier { $file } a été refusé (emplacement { $path }) : { $problem }
err-exchange-whole = Le fichier { $file } a été refusé : { $problem }
err-file-not-regular = { $kind ->
    [pack] Il s'agit d'un dossier, d'un tube ou d'un périphérique, et non d'un fichier : choisissez le fichier du lot de comparaison lui-même.
    [framework] Il s'agit d'un dossier, d'un tube ou d'un périphérique, et non d'un fichier : choisissez le fichier du référentiel lui-même.
   *[exchange] Il s'agit d'un dossier, d'un tube ou d'un périphérique, et non d'un fichier : choisissez le fichier d'échange lui-même.
}
err-file-too-large = { $kind ->
    [pack] Le fichier dépasse { $max } Mio, taille maximale d'un lot de comparaison.
    [framework] Le fichier dépasse { $max } Mio, taille maximale d'un fichier de référentiel.
   *[exchange] Le fichier dépasse { $max } Mio, taille maximale d'un fichier d'échange.
}
err-file-not-utf8 = { $kind ->
    [pack] Le fichier n'est pas un texte UTF-8 (à partir de l'octet { $byte }) : ce n'est pas un lot de comparaison Mizan.
   *[exchange] Le fichier n'est pas un texte UTF-8 (à partir de l'octet { $byte }) : ce n'est pas un fichier d'échange Mizan.
}
err-exchange-empty = Le fichier est vide : ce n'est pas un fichier d'échange Mizan.
err-exchange-not-an-object = Le fichier ne contient pas d'objet JSON : ce n'est pas un fichier d'échange Mizan.
err-json-syntax = Erreur de syntaxe JSON à la ligne { $line }, colonne { $column } : le fichier est peut-être endommagé ou a été modifié à la main.
err-json-eof = Le fichier s'arrête prématurément (ligne { $line }, colonne { $column }) : il a peut-être été tronqué lors d'une copie.
err-json-too-deep = Les données comportent trop de niveaux d'imbrication (ligne { $line }, colonne { $column }) : ce fichier n'a pas été produit par Mizan.
err-json-missing-field = Le champ « { $name } » est absent (ligne { $line }, colonne { $column }).
err-json-unknown-field = Le champ « { $name } » n'est pas attendu à cet endroit (ligne { $line }, colonne { $column }) : le fichier provient peut-être d'une version plus récente de Mizan.
err-json-duplicate-field = Le champ « { $name } » figure deux fois (ligne { $line }, colonne { $column }).
err-json-unknown-value = « { $name } » ne fait pas partie des valeurs admises (ligne { $line }, colonne { $column }).
err-json-wrong-type = Cette valeur n'est pas du type attendu, par exemple du texte au lieu d'un nombre (ligne { $line }, colonne { $column }).
err-json-wrong-value = Cette valeur n'est pas admise à cet endroit, par exemple un nombre trop grand (ligne { $line }, colonne { $column }).
err-json-bad-uuid = Cet identifiant n'est pas un UUID valide (ligne { $line }, colonne { $column }).
err-json-invalid = Cette valeur est illisible (ligne { $line }, colonne { $column }).
err-json-trailing-data = Des données superflues suivent la fin du document (ligne { $line }, colonne { $column }).
err-exchange-record-not-an-object = Cet enregistrement doit être un objet JSON, écrit entre accolades.
err-file-wrong-format = { $kind ->
    [pack] Le format « { $found } » n'est pas celui d'un lot de comparaison Mizan : le format attendu est « { $expected } ».
   *[exchange] Le format « { $found } » n'est pas celui d'un fichier d'évaluation Mizan : le format attendu est « { $expected } ».
}
err-exchange-format-version = La version { $version } du format n'est pas prise en charge : cette version de Mizan ne lit que la version { $supported }. Mettez Mizan à jour.
err-exchange-framework-missing = Le référentiel { $framework } { $version } n'est pas installé : installez-le depuis l'écran Référentiels, puis importez de nouveau le fichier.
err-exchange-text-empty = Cette valeur est vide : elle doit être renseignée.
err-exchange-text-too-long = Ce texte dépasse { $max } caractères.
err-exchange-text-nul = Ce texte contient un caractère NUL.
err-exchange-country = « { $value } » n'est pas un code de pays ISO 3166 (deux lettres majuscules, par exemple TN).
err-file-not-a-dimension = « { $dimension } » n'est pas une dimension du référentiel { $framework }.
err-exchange-target-out-of-range = La cible { $level } n'existe pas : les niveaux de ce référentiel vont de 1 à { $max }.
err-exchange-time-outside-years = « { $value } » correspond à { $utc } (UTC), en dehors des années 0000 à 9999.
err-exchange-time-in-future = « { $value } » est en avance de plus de { $hours } heures sur l'horloge de cet ordinateur ({ $now }) : vérifiez l'horloge de l'ordinateur qui a produit le fichier, ainsi que celle de ce poste.
err-exchange-not-a-timestamp = « { $value } » n'est pas une date et heure au format RFC 3339 (par exemple 2026-03-01T09:30:00Z).
err-exchange-respondent-twice = L'identifiant de répondant { $id } figure deux fois.
err-exchange-not-a-date = « { $value } » n'est pas une date : elle doit s'écrire AAAA-MM-JJ, par exemple 2026-03-14.
err-exchange-unknown-respondent = Le répondant { $id } ne figure pas dans la liste des répondants du fichier.
err-exchange-not-a-question = « { $question } » n'est pas une question du référentiel { $framework } { $version }.
err-exchange-answered-twice = Le répondant { $id } répond deux fois à « { $question } ».
err-exchange-level-out-of-range = Le niveau { $level } n'existe pas : les niveaux de ce référentiel vont de 1 à { $max }.
err-exchange-level-and-na = Une réponse indique soit un niveau, soit « sans objet », mais pas les deux.
err-exchange-consensus-twice = Deux consensus sont enregistrés pour la question « { $question } ».
err-exchange-respondent-elsewhere = L'identifiant de répondant { $id } appartient déjà à une autre évaluation de cette base de données.
err-exchange-framework-mismatch = Cette évaluation est enregistrée sur ce poste avec le référentiel { $stored } { $stored_version }, alors que le fichier utilise { $framework } { $version } : la fusion est impossible.
err-exchange-agency-mismatch = Dans cette base de données, cet organisme s'appelle « { $name } » ({ $country }), mais le fichier le nomme « { $file_name } » ({ $file_country }). S'il s'agit du même organisme, donnez-lui le même nom et le même pays, dans le fichier ou sur ce poste ; sinon, retirez l'identifiant de l'organisme du fichier.
err-pack-framework-missing = Ce lot a été constitué avec le référentiel { $framework } { $version }, qui n'est pas installé sur ce poste : installez d'abord cette version.
err-pack-version-old = La version { $version } du format de lot a été produite par une version antérieure de Mizan : ses lignes ne permettent pas de distinguer les organismes. Exportez de nouveau le lot avec la présente version de Mizan.
err-pack-version-new = La version { $version } du format de lot n'est pas prise en charge : mettez Mizan à jour.
err-pack-agency-twice = Cet organisme a déjà une ligne dans le lot : un lot comporte une seule ligne par organisme.
err-pack-file-too-few = { $count ->
    [one] Le lot compte { $count } organisme : il en faut au moins { $min }, afin qu'aucun organisme ne puisse être identifié.
   *[other] Le lot compte { $count } organismes : il en faut au moins { $min }, afin qu'aucun organisme ne puisse être identifié.
}
err-pack-version-mismatch = La version { $version } ne correspond pas au référentiel { $framework } { $framework_version } : seules les éditions d'une même version majeure peuvent être comparées.
err-pack-score-out-of-range = Cette note n'est pas comprise entre 1 et { $max }.
err-pack-country = « { $value } » n'est pas un code de pays ISO 3166 (deux lettres majuscules, par exemple TN).
err-pack-unknown-code = { $field ->
    [size] « { $value } » n'est pas un code de tranche de taille connu ({ $known }) : un lot ne contient que des codes.
   *[sector] « { $value } » n'est pas un code de secteur connu ({ $known }) : un lot ne contient que des codes.
}
err-pack-date-in-future = La date { $date } est postérieure à la date du jour.
err-pack-not-a-day = « { $value } » n'est pas une date au format AAAA-MM-JJ.
