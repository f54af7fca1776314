# Mizan — textes de l'interface communs à tous les écrans (français).
# Les placeables comme { $title } sont du texte saisi ou des nombres : les garder dans chaque traduction.

app-name = Mizan
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-frameworks = Référentiels
language-label = Langue
digits-label = Chiffres
digits-latin = 0 1 2 3
digits-arabic = ٠ ١ ٢ ٣
loading = Chargement…
error-title = Une erreur s'est produite
not-scored = non noté
field-required = (obligatoire)
option-not-specified = Non précisé
country-PS = État de Palestine
text-untranslated = Pas encore traduit : affiché en anglais
text-untranslated-mark = EN

action-new-assessment = Nouvelle évaluation
action-cancel = Annuler
# The three boxes of a date (day first: the order of the Arab region and of France).
date-day = Jour
date-month = Mois
date-year = Année
action-close = Fermer
action-delete = Supprimer
action-dismiss = Masquer
action-duplicate = Réévaluer
action-results = Résultats
action-retry = Réessayer
action-undo = Annuler la suppression

status-draft = Brouillon
status-final = Définitive
# Évaluation enregistrée sans titre, et unique répondant d'une auto-évaluation (aucun nom
# n'est enregistré). Les versions antérieures enregistraient des mots anglais : affichés tels quels.
assessment-untitled = Évaluation sans titre
respondent-self = L'organisme (auto-évaluation)

framework-version = Version { $version }
framework-dimensions = { $count ->
    [one] { $count } dimension
   *[other] { $count } dimensions
}
framework-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
framework-levels = { $count ->
    [one] { $count } niveau
   *[other] { $count } niveaux
}

shortcuts-title = Raccourcis clavier
shortcuts-group-app = Partout
shortcuts-group-questionnaire = Dans le questionnaire
shortcut-new-assessment = Commencer une nouvelle évaluation
shortcut-backup-now = Sauvegarder maintenant (Vos données)
shortcut-help = Afficher cette aide
shortcut-level = Choisir ce niveau
shortcut-not-applicable = Marquer la question comme sans objet (ou annuler)
shortcut-next = Question suivante
shortcut-previous = Question précédente
shortcut-arrows = Question précédente / suivante, dans le sens de lecture
shortcut-next-unanswered = Aller à la prochaine question sans réponse
shortcut-respondent = Répondant précédent / suivant (entretiens)
shortcut-respondent-number = Répondant 1 à 9 (entretiens)
key-alt = Alt
shortcuts-text-fields = Pendant la saisie dans un champ de texte, les touches simples écrivent du texte ; Ctrl+Entrée permet toujours d'avancer.
key-ctrl = Ctrl
key-shift = Maj
key-enter = Entrée

sector-health = Santé
sector-education = Éducation
sector-finance = Finances
sector-interior = Intérieur
sector-justice = Justice
sector-municipal = Collectivités locales
sector-social = Affaires sociales
sector-economy = Économie
sector-digital = Administration numérique
sector-other = Autre

size-small = Petit (moins de 100 agents)
size-medium = Moyen (de 100 à 1 000 agents)
size-large = Grand (de 1 000 à 10 000 agents)
size-very-large = Très grand (plus de 10 000 agents)

action-compare = Comparer
action-compare-peers = Comparer avec les pairs

# Le profil de l'organisme (Accueil, Résultats, Comparaison).
profile-edit = Modifier le profil de l'organisme
profile-edit-label = Modifier le profil de { $agency }
profile-title = Profil de l'organisme
profile-intro = Le profil est commun à toutes les évaluations de cet organisme et détermine ses pairs.
profile-tags = Étiquettes
profile-tags-hint = Appuyez sur Entrée après chaque étiquette. Une étiquette telle qu'un programme ou une région permet de se comparer aux organismes qui la partagent.
profile-tags-current = Étiquettes de cet organisme
profile-tag-remove = Retirer l'étiquette { $tag }
profile-save = Enregistrer le profil
profile-saving = Enregistrement…
profile-saved = Le profil de { $agency } a été enregistré.
profile-conflict = Un autre organisme porte déjà ce nom dans ce pays. Choisissez un autre nom ou vérifiez le pays.
profile-save-failed = Le profil n'a pas pu être enregistré.

# Réévaluer : un nouveau brouillon avec le profil de l'organisme, sans les réponses.
reassess-title = Commencer une nouvelle évaluation de cet organisme ?
reassess-body = Un nouveau brouillon de « { $framework } » est créé pour { $agency }, avec le même profil d'organisme. Les réponses ne sont pas reprises : le questionnaire commence vide, et la présente évaluation reste inchangée.
reassess-confirm = Créer le brouillon
reassess-started = Nouveau brouillon créé pour { $agency } : même profil, aucune réponse pour l'instant.

# Vos données : sauvegardes et restauration (écran « Vos données », avis de récupération au démarrage).
nav-data = Vos données
data-title = Vos données
data-load-failed = La liste des sauvegardes n'a pas pu être établie.
data-action-failed = L'opération a échoué.
data-backup-now = Sauvegarder maintenant…
data-backing-up = Sauvegarde en cours…
data-backup-saved = Sauvegarde enregistrée dans { $path } ({ $assessments ->
    [one] { $assessments } évaluation
   *[other] { $assessments } évaluations
}).
data-restore-file = Restaurer à partir d'un fichier…
data-where-title = Où se trouvent vos données
data-where-body = Tout ce que vous saisissez reste dans un seul fichier de base de données sur cet ordinateur. Mizan ne l'envoie jamais nulle part.
data-db-file = Base de données
data-folder = Dossier
data-backups-title = Sauvegardes
data-backups-policy = Mizan fait une sauvegarde au premier démarrage de chaque journée où les données ont changé, et avant chaque mise à niveau de la base de données. Il conserve dans le dossier des sauvegardes les 7 dernières sauvegardes quotidiennes et les 4 dernières hebdomadaires, ainsi que la copie faite avant chacune des 5 dernières restaurations.
data-no-backups = Aucune sauvegarde pour l'instant. La première sera faite demain, une fois des données saisies ; utilisez « Sauvegarder maintenant… » pour en faire une tout de suite.
data-col-date = Date
data-col-kind = Type
data-col-contents = Contenu
data-col-size = Taille
data-col-actions = Actions
data-kind-automatic = Automatique
data-kind-before-restore = Avant une restauration
data-kind-before-migration = Avant une mise à niveau
data-kind-manual = À la demande
data-contents = { $assessments ->
    [one] { $assessments } évaluation
   *[other] { $assessments } évaluations
}, { $agencies ->
    [one] { $agencies } organisme
   *[other] { $agencies } organismes
}
data-last-change = dernière modification le { $changed }
data-damaged = Endommagée
data-restore = Restaurer…
data-restore-label = Restaurer la sauvegarde du { $date }

restore-confirm-title = Restaurer cette sauvegarde ?
restore-confirm-body = La sauvegarde du { $date } contient { $assessments ->
    [one] { $assessments } évaluation
   *[other] { $assessments } évaluations
} de { $agencies ->
    [one] { $agencies } organisme
   *[other] { $agencies } organismes
} (dernière modification : { $changed }). Elle remplacera tout ce que Mizan contient actuellement. Vos données actuelles sont d'abord conservées dans une sauvegarde : vous pourrez donc revenir en arrière.
restore-confirm-action = Restaurer
restore-undated = une date inconnue
restore-never-changed = jamais
restore-done = { $assessments ->
    [one] { $assessments } évaluation restaurée.
   *[other] { $assessments } évaluations restaurées.
} Vos données précédentes sont conservées dans { $safety }.
restore-failed = Rien n'a été restauré : { $message }

recovery-title = La base de données de Mizan était endommagée et n'a pas pu être utilisée.
recovery-body = Elle a été mise de côté dans { $path } (conservée, non supprimée), et Mizan a démarré sur une nouvelle base de données vide.
recovery-restore = Restaurer la sauvegarde du { $date } ({ $assessments ->
    [one] { $assessments } évaluation
   *[other] { $assessments } évaluations
})…
recovery-no-backup = Aucune sauvegarde à restaurer.

radar-not-answered = sans réponse
