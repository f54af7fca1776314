# Écran du questionnaire.

q-load-failed = Le questionnaire n'a pas pu être ouvert.
q-no-respondent = Cette évaluation n'a aucun répondant au nom duquel répondre.
q-dimensions-label = Dimensions
q-dimension-progress = { $answered }/{ $total }
q-jump-label = Question { $number } : { $state ->
    [failed] non enregistrée
    [answered] renseignée
   *[open] sans réponse pour l'instant
}
q-position = Question { $number } sur { $total }
q-progress = { $answered } sur { $total } avec réponse
q-progress-label = Questions avec réponse
q-level-number = Niveau { $number } :
q-not-applicable = Sans objet
q-not-applicable-hint = Cette question ne s'applique pas à l'organisme.
q-note = Commentaire
q-note-placeholder = Pourquoi ce niveau ? Le contexte utile à qui lira les résultats.
q-evidence = Éléments probants
q-evidence-placeholder = Documents, décisions ou données qui étayent la réponse.
q-evidence-examples = Exemples d'éléments probants :
q-previous = Précédente
q-next = Suivante
q-next-unanswered = Prochaine sans réponse
q-see-results = Voir les résultats
q-all-answered = Toutes les questions ont une réponse.
q-keys-hint = Touches : 1–{ $levels } choisir un niveau, N sans objet, J/K suivante/précédente, Ctrl+Entrée prochaine sans réponse, ? tous les raccourcis.
q-final-read-only = Cette évaluation est définitive : ses réponses ne peuvent plus être modifiées. Réévaluez depuis l'écran d'accueil pour commencer un nouveau brouillon.

q-autosave = Les réponses sont enregistrées au fur et à mesure.
q-saving = Enregistrement…
q-saved = Enregistré ✓
q-save-failed = Non enregistré : { $message }
q-save-failed-away = Une réponse n'a pas pu être enregistrée : { $message }. Rouvrez le questionnaire pour réessayer.
