# Mode entretiens : répondants, saisie rapide, consolidation, fichiers d'échange, journal.

resp-title = Répondants
resp-none = Aucun répondant pour l'instant. Ajoutez la première personne interrogée.
resp-name = Nom
resp-role = Fonction
resp-unit = Unité
resp-date = Date de l'entretien
resp-add = Ajouter le répondant
resp-save = Enregistrer le répondant
resp-edit = Modifier
resp-remove = Retirer
resp-error-name = Saisissez le nom du répondant.
resp-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
resp-remove-title = Retirer ce répondant ?
resp-remove-body = { $count ->
    [one] { $name } et sa { $count } réponse seront retirés. Vous pourrez annuler juste après.
   *[other] { $name } et ses { $count } réponses seront retirés. Vous pourrez annuler juste après.
}
resp-removed = { $count ->
    [one] { $name } retiré, avec { $count } réponse.
   *[other] { $name } retiré, avec { $count } réponses.
}
resp-restored = { $name } est de retour, avec ses réponses.

int-respondents = { $count ->
    [one] { $count } répondant
   *[other] { $count } répondants
}
int-picker-label = Réponses de
int-picker-keys = [ et ] changent de répondant
int-timer-label = Durée de cette séance
int-compact-title = Cette dimension, tous les répondants
int-compact-caption = Niveau donné par chaque répondant aux questions de cette dimension
int-compact-question = Question
int-na-short = S.O.
int-consolidation = Consolidation
int-results-title = Entretiens
int-unresolved = { $count ->
    [one] { $count } désaccord n'a pas encore de consensus.
   *[other] { $count } désaccords n'ont pas encore de consensus.
}

cons-title = Consolidation des entretiens
cons-load-failed = La consolidation n'a pas pu être chargée.
cons-counts = Répondants : { $respondents } · Désaccords : { $disagreements } · Sans consensus : { $unresolved }
cons-only-disagreements = Désaccords seulement
cons-no-respondents = Cette évaluation n'a pas encore de répondant.
cons-spread = Écart
cons-consolidated = Consolidé
cons-actions = Consensus
cons-disagreement = Désaccord
cons-consensus = Consensus
cons-rationale-shown = Justification :
cons-set-button = Fixer un consensus
cons-edit = Modifier le consensus
cons-clear = Effacer
cons-level = Niveau de consensus
cons-rationale = Justification (obligatoire)
cons-save = Enregistrer le consensus
cons-error-rationale = Écrivez pourquoi ce niveau a été retenu.
cons-set = Consensus fixé au niveau { $level }.
cons-cleared = Consensus effacé : la question revient à la médiane.
cons-legend = Un désaccord est un écart d'au moins { $threshold } niveaux entre répondants ; un consensus remplace la médiane dans les scores.

exchange-title = Fichiers d'échange
exchange-body = Rapportez le travail fait sur d'autres ordinateurs : chaque fichier est fusionné réponse par réponse, et les valeurs remplacées restent dans le journal des modifications.
exchange-import = Importer des fichiers d'échange…
exchange-importing = Importation…
exchange-created = nouvelle évaluation
exchange-merged = fusionné
exchange-counts = Nouveaux répondants : { $respondents } · Réponses ajoutées : { $added } · Réponses mises à jour : { $updated } · Conservées (cette copie était plus récente) : { $kept }
exchange-new-respondents = Nouveaux répondants :
exchange-overwritten = Valeurs remplacées car la copie du fichier était plus récente : { $count }. Elles sont dans le journal des modifications.
exchange-nothing-new = Rien de nouveau : ce fichier avait déjà été importé.
exchange-refused = Refusé, rien n'a changé :
exchange-export = Exporter le fichier d'échange…
exchange-exported = Fichier d'échange enregistré : { $path }
csv-export = Exporter en CSV…
csv-exported = CSV enregistré : { $path }
export-failed = L'export a échoué : { $message }

changes-title = Journal des modifications
changes-open = Journal des modifications
changes-load-failed = Le journal des modifications n'a pas pu être chargé.
changes-none = Aucune modification enregistrée.
changes-consultant = Consultant
changes-nothing = rien
changes-action = { $entity ->
    [answer] Réponse
    [consensus] Consensus
    [respondent] Répondant
    [assessment] Évaluation
   *[unknown] { $entity }
} : { $action ->
    [set] saisie
    [clear] effacée
    [add] ajout
    [edit] modification
    [remove] retrait
    [restore] restauration
    [merge] fusion depuis un fichier
    [create] création
    [import] importation
   *[unknown] { $action }
}
changes-restore = Restaurer cette valeur
changes-restored = La valeur précédente est de retour.
changes-restore-failed = La valeur n'a pas pu être restaurée : { $message }
