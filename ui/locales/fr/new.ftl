# Formulaire de nouvelle évaluation.

new-title = Nouvelle évaluation
new-section-agency = Organisme
new-agency-name = Nom de l'organisme
new-agency-name-hint = Le ministère, l'autorité ou la commune évalué.
new-sector = Secteur
new-country = Pays
new-country-group-arab = Ligue des États arabes
new-country-group-other = Autres pays
new-size = Taille
new-section-framework = Référentiel
new-no-frameworks = Aucun référentiel n'est installé. Installez-en un depuis l'écran Référentiels.
new-section-details = Évaluation
new-mode = Mode
mode-self = Auto-évaluation
mode-self-hint = Une seule personne répond pour l'organisme.
mode-interview = Entretiens
mode-interview-hint = Un consultant interroge plusieurs responsables et consolide leurs réponses.
new-assessment-title = Titre
new-assessment-title-hint = Prérempli pour vous ; modifiez-le si vous le souhaitez.
# Titre par défaut d'une nouvelle évaluation, p. ex. « Ministère de la Santé — Préparation à l'innovation 2025 ».
new-default-title = { $agency } — { $framework } { $year }
new-submit = Créer et commencer
new-creating = Création…
new-create-failed = L'évaluation n'a pas pu être créée.

new-error-name-required = Saisissez le nom de l'organisme.
new-error-framework-required = Choisissez un référentiel.
new-error-title-required = Saisissez un titre.
new-error-too-long = { $max ->
    [one] Utilisez au plus { $max } caractère.
   *[other] Utilisez au plus { $max } caractères.
}
