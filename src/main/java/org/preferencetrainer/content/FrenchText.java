package org.preferencetrainer.content;

/**
 * The widget's own words in French; the keys are those of {@link EnglishText}. French puts a
 * no-break space before : ; and inside « », written here as \u00a0.
 */
final class FrenchText {
    static final String[][] TEXTS = {
        {"intro.text", "Vous allez voir une question et deux réponses que le modèle pourrait"
                + " donner. Choisissez celle que vous préférez. À chaque choix, le modèle de"
                + " récompense ajuste ses poids et, au fil de {0} tours, ses réponses se"
                + " rapprochent de votre style. Observez ce qu'il apprend\u00a0: pas de nouveaux"
                + " faits, mais le genre de réponses qui vous plaît."},
        {"start", "Commencer"},
        {"resume.changed", "Cette leçon a changé depuis votre dernière visite\u00a0: elle"
                + " reprend donc au début."},
        {"round", "Tour {0} / {1}"},
        {"gauge.label", "Modèle interne"},
        {"gauge.weak", "Faible"},
        {"gauge.neutral", "Neutre"},
        {"gauge.strong", "Fort"},
        {"criteria.title", "Critères renforcés"},
        {"criteria.weight", "poids {0} ± {1}"},
        {"question.label", "Question de l'utilisateur"},
        {"responses.label", "Réponses générées"},
        {"choose", "Choisissez la réponse que vous préférez\u00a0:"},
        {"choose.hint", "Cliquez, touchez ou appuyez sur A ou B."},
        {"response.label", "Réponse {0}"},
        {"prefer", "Je préfère la réponse {0}"},
        {"prefer.aria", "Je préfère la réponse {0}"},
        {"note.chosen", "Vous avez préféré la réponse {0}."},
        {"note.changes", "Renforcé\u00a0: {0}."},
        {"note.nothing", "Ces deux réponses ont les mêmes notes\u00a0: rien n'a changé."},
        {"note.predicted", "Le modèle l'avait prévu ({0})."},
        {"note.surprised", "Le modèle ne s'y attendait pas\u00a0: il lui donnait {0}."},
        {"note.unsure", "Le modèle n'avait encore aucune prédiction (50\u00a0%)."},
        {"why.toggle", "Pourquoi ces deux-là\u00a0? Que prédit le modèle\u00a0?"},
        {"why.prediction", "Le modèle prédit que vous choisirez A avec une probabilité de {0},"
                + " et B avec {1}."},
        {"why.start", "Avant votre premier choix, tous les poids valent 0\u00a0: le modèle ne peut"
                + " pas encore trancher, c'est pile ou face."},
        {"why.how", "Comment il y parvient\u00a0: pour chaque critère, l'écart de note entre A et"
                + " B multiplié par le poids que le modèle a appris pour ce critère."},
        {"why.row", "{0}\u00a0: A obtient {1}, B obtient {2}\u00a0; poids {3}, donc {4} en faveur"
                + " de {5}."},
        {"why.row.same", "{0}\u00a0: A et B ont la même note ({1}), ce critère ne joue donc"
                + " aucun rôle ici."},
        {"why.total", "Au total\u00a0: {0} en faveur de {1}. Plus le total est grand, plus la"
                + " prédiction est sûre\u00a0; 0 reviendrait à jouer à pile ou face."},
        {"why.pair", "Pourquoi ces deux-là\u00a0: le modèle donnerait maintenant A avec une"
                + " probabilité de {0} et B avec {1}, parmi les {2} réponses de cette"
                + " question. L'une montre ce que le modèle dirait maintenant\u00a0; la paire a été"
                + " choisie parce que votre réponse en apprend le plus au modèle sur le critère"
                + " qui compte le plus pour vous."},
        {"summary.title", "Ce que le modèle a appris"},
        {"summary.favoured", "Il privilégie désormais les réponses qui ont plus de {0}."},
        {"summary.none", "Vos choix ne dessinent pas encore de préférence nette."},
        {"summary.payoff", "Une question que vous n'avez pas vue"},
        {"summary.payoff.seen", "Une question de la leçon"},
        {"summary.before", "La réponse du modèle d'origine"},
        {"summary.after", "La réponse du modèle entraîné"},
        {"summary.same", "Vos préférences rejoignent ce que le modèle d'origine faisait déjà."},
        {"summary.point", "Le modèle n'a appris aucun fait nouveau\u00a0: les deux réponses"
                + " disent la même chose. Il a appris quel genre de réponse vous préférez."},
        {"beta.title", "Jusqu'où le modèle entraîné peut-il s'éloigner de l'original\u00a0?"},
        {"beta.label", "Le frein, β\u00a0: élevé, il garde la réponse d'origine\u00a0; bas, il"
                + " suit la récompense apprise"},
        {"beta.value", "β = {0}"},
        {"beta.infinite", "β = ∞\u00a0: le modèle d'origine"},
        {"beta.played", "β = {0}\u00a0: le réglage de cette leçon"},
        {"beta.answer", "La réponse avec ce réglage (le modèle la donne avec une probabilité de"
                + " {0}, {1} mots)\u00a0:"},
        {"hacking.title", "Trop, c'est trop"},
        {"hacking.text", "Au réglage le plus bas, le modèle donne la réponse que la récompense"
                + " apprise note le mieux. Ce n'est pas toujours la meilleure. Un modèle de"
                + " récompense ne connaît que les quelques comparaisons qu'on lui a montrées, et"
                + " les vrais prennent des raccourcis\u00a0: des réponses plus longues, ou plus"
                + " flatteuses, peuvent obtenir une meilleure note sans être meilleures. Courir"
                + " trop fort après la récompense apprise s'appelle le reward hacking\u00a0; β est"
                + " le frein qui l'en empêche."},
        {"chart.title", "Courbe d'apprentissage"},
        {"chart.confidence", "Confiance"},
        {"chart.agreement", "Accord avec vos choix"},
        {"chart.round", "Tour"},
        {"chart.summary", "En {0} tours, la confiance du modèle est passée de 50\u00a0% à {1},"
                + " et il avait prévu {2} de vos {0} choix."},
        {"restart", "Recommencer"},
        {"quiz.start", "Vérifiez ce que vous avez compris"},
        {"quiz.title", "Vérifiez ce que vous avez compris"},
        {"quiz.progress", "Question {0} / {1}"},
        {"quiz.check", "Vérifier"},
        {"quiz.next", "Question suivante"},
        {"quiz.finish", "Voir votre score"},
        {"quiz.correct", "Exact."},
        {"quiz.wrong", "Pas tout à fait. La bonne réponse\u00a0: {0}"},
        {"quiz.mark.right", "Bonne réponse"},
        {"quiz.mark.wrong", "Votre réponse"},
        {"result.title", "Votre score"},
        {"result.score", "Vous avez bien répondu à {0} questions sur {1} ({2})."},
        {"result.score.one", "Vous avez bien répondu à {0} question sur {1} ({2})."},
        {"result.passed", "Réussi\u00a0: il fallait {0}."},
        {"result.failed", "Pas encore réussi\u00a0: il faut {0}. Recommencez pour retenter"
                + " votre chance."},
        {"and", "et"},
        {"number.decimal", ","},
        {"number.percent", "{0}\u00a0%"},

        {"error.title", "Impossible de charger cette leçon"},
        {"error.builtin", "la leçon intégrée"},
        {"error.given", "la leçon fournie par la page"},
        {"error.no-lesson", "Aucune leçon n'a été donnée\u00a0: ni une adresse (src) ni le"
                + " texte de la leçon (pack)."},
        {"error.not-found", "{0}\u00a0: aucun fichier à cette adresse (le serveur a répondu 404 Not"
                + " Found). Vérifiez l'URL de la leçon."},
        {"error.status", "{0}\u00a0: le serveur a répondu {1} au lieu d'envoyer la leçon."},
        {"error.timeout", "{0}\u00a0: la leçon n'est pas arrivée en {1} secondes. Réessayez plus"
                + " tard."},
        {"error.timeout.one", "{0}\u00a0: la leçon n'est pas arrivée en {1} seconde. Réessayez"
                + " plus tard."},
        {"error.network", "{0}\u00a0: impossible de récupérer la leçon. Le serveur est injoignable,"
                + " ou il ne partage pas le fichier avec cette page (CORS)."},
        {"error.too-large", "{0}\u00a0: la leçon dépasse 2 Mo, la taille maximale permise."},
        {"error.html", "{0}\u00a0: le serveur a envoyé une page web ({1}) et non une leçon en JSON."
                + " Vérifiez l'URL de la leçon."},
        {"error.json", "{0}\u00a0: ce n'est pas du JSON valide ({1})."},
        {"error.pack", "{0}\u00a0: la leçon comporte {1} problèmes\u00a0:"},
        {"error.pack.one", "{0}\u00a0: la leçon comporte {1} problème\u00a0:"},

        {"found.object", "un objet"},
        {"found.list", "une liste"},
        {"found.text", "le texte «\u00a0{0}\u00a0»"},
        {"found.number", "le nombre {0}"},
        {"found.true", "true"},
        {"found.false", "false"},
        {"found.null", "null"},

        {"problem.pack.not-object", "un pack doit être un objet JSON, pas {0}"},
        {"problem.version.missing", "manquant\u00a0; ce widget lit la version {0}"},
        {"problem.version.invalid", "doit être un nombre entier comme 1, pas {0}"},
        {"problem.version.newer", "la version {0} est plus récente que celles que connaît ce"
                + " widget ({1})\u00a0; utilisez une version plus récente de Preference Trainer"},
        {"problem.missing", "manquant"},
        {"problem.empty", "vide"},
        {"problem.not-text", "doit être du texte, pas {0}"},
        {"problem.not-list", "doit être une liste [...], pas {0}"},
        {"problem.not-object", "doit être un objet {...}, pas {0}"},
        {"problem.not-boolean", "doit valoir true ou false, pas {0}"},
        {"problem.not-score", "doit être un nombre entre 0 et 1, pas {0}"},
        {"problem.out-of-range", "{0} est hors de l'intervalle 0..1"},
        {"problem.unknown-field", "n'est pas un champ prévu à cet endroit\u00a0; vérifiez"
                + " l'orthographe"},
        {"problem.id.invalid", "«\u00a0{0}\u00a0» n'est pas un identifiant valide\u00a0:"
                + " utilisez des minuscules, des chiffres et des tirets, en commençant par une"
                + " lettre ou un chiffre, 64 caractères au plus"},
        {"problem.id.duplicate", "«\u00a0{0}\u00a0» est utilisé plus d'une fois\u00a0; les"
                + " identifiants doivent être uniques dans un pack"},
        {"problem.language.invalid", "«\u00a0{0}\u00a0» n'est pas une étiquette de langue"
                + " comme en, es ou pt-BR"},
        {"problem.html", "ressemble à du HTML ({0})\u00a0; écrivez du texte brut, avec une ligne"
                + " vide entre les paragraphes"},
        {"problem.criteria.count", "compte {0} critères\u00a0; un pack en demande de {1} à {2}"},
        {"problem.criteria.count.one", "compte {0} critère\u00a0; un pack en demande de {1} à {2}"},
        {"problem.questions.empty", "est vide\u00a0; un pack demande au moins une question"},
        {"problem.responses.count", "compte {0} réponses\u00a0; une question en demande au moins 2"
                + " pour comparer"},
        {"problem.responses.count.one", "compte {0} réponse\u00a0; une question en demande au moins"
                + " 2 pour comparer"},
        {"problem.responses.alike", "toutes les réponses ont les mêmes notes\u00a0: aucun"
                + " choix entre elles ne peut rien apprendre au modèle"},
        {"problem.scores.missing", "manquant\u00a0; chaque réponse note chaque critère de 0 à 1"},
        {"problem.score.missing", "manquant\u00a0; chaque réponse note chaque critère"},
        {"problem.score.unknown", "n'est pas un des critères du pack"},
        {"problem.rounds.invalid", "doit être un nombre entier, pas {0}"},
        {"problem.rounds.minimum", "doit valoir au moins 1, pas {0}"},
        {"problem.rounds.range", "{0} est hors de l'intervalle 1..{1} (le nombre de"
                + " questions)"},
        {"problem.choices.count", "compte {0} choix\u00a0; une question de quiz en demande au moins"
                + " 2"},
        {"problem.choices.correct", "compte {0} bonnes réponses\u00a0; marquez-en exactement"
                + " une avec \"correct\": true"},
        {"problem.choices.correct.one", "compte {0} bonne réponse\u00a0; marquez-en exactement une"
                + " avec \"correct\": true"},
        {"problem.passing-score.no-quiz", "est défini, mais le pack n'a pas de quiz à noter"},
        {"problem.ui.unknown", "n'est pas un texte affiché par le widget\u00a0; le guide de"
                + " rédaction en donne la liste"},
    };

    private FrenchText() {
    }
}
