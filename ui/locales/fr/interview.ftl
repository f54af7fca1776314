# Mode entretiens : répondants, saisie rapide, consolidation, fichiers d'échange, journal.

resp-title = Répondants
resp-none = Aucun répondant pour l'instant. Ajoutez la première personne interrogée.
resp-name = Nom
resp-role = Fonction
resp-unit = Unité
resp-date = Date de l'entretien
resp-interviewed = entretien du { $date }
resp-add = Ajouter un répondant
resp-save = Enregistrer le répondant
resp-edit = Modifier
resp-remove = Retirer
resp-error-name = Saisissez le nom du répondant.
resp-error-date = Saisissez le jour, le mois et l'année de l'entretien (par exemple { $day }, { $month } et { $year }), ou laissez les trois champs vides.
resp-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
resp-remove-title = Retirer ce répondant ?
resp-remove-body = { $count ->
    [0] Les données de { $name }, qui n'a encore donné aucune réponse, seront retirées. Vous pourrez annuler cette opération juste après.
    [one] Les données de { $name } seront retirées, avec sa réponse. Vous pourrez annuler cette opération juste après.
   *[other] Les données de { $name } seront retirées, avec ses { $count } réponses. Vous pourrez annuler cette opération juste après.
}
resp-removed = { $count ->
    [0] Données de { $name } retirées.
    [one] Données de { $name } retirées, avec sa réponse.
   *[other] Données de { $name } retirées, avec ses { $count } réponses.
}
resp-restored = Les données de { $name } ont été rétablies, avec ses réponses.

int-respondents = { $count ->
    [one] { $count } répondant
   *[other] { $count } répondants
}
int-picker-label = Réponses de
int-picker-keys = { $previous } et { $next } : changer de répondant ; { $pick } : en choisir un
int-timer-label = Durée de cette séance
int-compact-title = Cette dimension, répondant par répondant
int-compact-caption = Niveau donné par chaque répondant aux questions de cette dimension
int-compact-question = Question
int-na-short = S.O.
int-consolidation = Consolidation
int-results-title = Entretiens
int-unresolved = { $count ->
    [0] Aucun désaccord n'attend de consensus.
    [one] { $count } désaccord reste sans consensus.
   *[other] { $count } désaccords restent sans consensus.
}

cons-title = Consolidation des entretiens
cons-load-failed = La consolidation n'a pas pu être chargée.
cons-counts = Répondants : { $respondents } · Désaccords : { $disagreements } · Sans consensus : { $unresolved }
cons-only-disagreements = Désaccords uniquement
cons-no-respondents = Cette évaluation n'a pas encore de répondant.
cons-spread = Écart
cons-consolidated = Consolidé
cons-actions = Consensus
cons-disagreement = Désaccord
cons-consensus = Consensus
cons-rationale-shown = Justification :
cons-set-button = Établir un consensus
cons-edit = Modifier le consensus
cons-clear = Effacer
cons-level = Niveau de consensus
cons-rationale = Justification (obligatoire)
cons-save = Enregistrer le consensus
cons-error-rationale = Indiquez pourquoi ce niveau a été retenu.
cons-set = Consensus établi au niveau { $level }.
cons-cleared = Consensus effacé : la question revient à la médiane.
cons-legend = Un désaccord est un écart d'au moins { $threshold } niveaux entre répondants ; le consensus remplace la médiane dans le calcul des notes.

exchange-title = Fichiers d'échange
exchange-body = Intégrez le travail effectué sur d'autres ordinateurs portables : chaque fichier est fusionné réponse par réponse, et les valeurs remplacées sont conservées dans le journal des modifications.
exchange-import = Importer des fichiers d'échange…
exchange-importing = Importation en cours…
exchange-created = nouvelle évaluation
exchange-merged = fusionné
exchange-counts = Nouveaux répondants : { $respondents } · Réponses ajoutées : { $added } · Réponses mises à jour : { $updated } · Conservées (la version locale était plus récente) : { $kept }
exchange-new-respondents = Nouveaux répondants :
exchange-overwritten = Valeurs remplacées par la version plus récente du fichier : { $count }. Elles restent consultables dans le journal des modifications.
exchange-nothing-new = Rien de nouveau : ce fichier avait déjà été importé.
exchange-refused = Fichier refusé, aucune modification apportée :
exchange-export = Exporter le fichier d'échange…
exchange-exported = Fichier d'échange enregistré : { $path }
exchange-drop-hint = Vous pouvez aussi déposer des fichiers d'échange (.json) n'importe où sur la fenêtre.
exchange-final-ask = L'évaluation « { $title } » est définitive dans cette copie, et ce fichier la modifierait. La rouvrir et importer le fichier ?
exchange-reopen-import = Rouvrir et importer
import-results-title = Importation de fichiers d'échange
drop-here = { $count ->
    [0] Déposez ici pour importer
    [one] Déposez le fichier pour l'importer
   *[other] Déposez les { $count } fichiers pour les importer
}
drop-what = Les fichiers d'échange (.json) sont fusionnés dans vos évaluations, réponse par réponse.
drop-importing = { $count ->
    [one] Importation du fichier…
   *[other] Importation de { $count } fichiers…
}
csv-export = Exporter en CSV…
csv-exported = CSV enregistré : { $path }
export-failed = L'exportation a échoué : { $message }

changes-title = Journal des modifications
changes-open = Journal des modifications
changes-load-failed = Le journal des modifications n'a pas pu être chargé.
changes-none = Aucune modification enregistrée pour l'instant.
changes-consultant = Consultant
changes-who-import = Importation de { $file }
changes-who-imported = Importation d'un fichier
changes-who-sample = Données d'exemple
changes-nothing = rien
changes-action = { $entity ->
    [answer] Réponse
    [consensus] Consensus
    [respondent] Répondant
    [assessment] Évaluation
    [target] Cible
   *[unknown] { $entity }
} : { $action ->
    [set] saisie
    [clear] effacement
    [add] ajout
    [edit] modification
    [remove] retrait
    [restore] restauration
    [merge] fusion depuis un fichier
    [create] création
    [import] importation
    [finalize] finalisation
    [reopen] réouverture
    [duplicate] duplication pour une réévaluation
    [delete] suppression
    [undelete] rétablissement
   *[unknown] { $action }
}
changes-restore = Restaurer cette valeur
changes-restored = La valeur précédente a été rétablie.
changes-restore-failed = La valeur n'a pas pu être restaurée : { $message }
# A respondent's progress on the picker's chip, e.g. "12/54" (the full sentence goes to screen readers).
int-picker-progress = { $answered }/{ $total }
