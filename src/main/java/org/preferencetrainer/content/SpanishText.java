package org.preferencetrainer.content;

/** The widget's own words in Spanish; the keys are those of {@link EnglishText}. */
final class SpanishText {
    static final String[][] TEXTS = {
        {"intro.text", "Verás una pregunta y dos respuestas que el modelo podría dar. Elige la"
                + " que prefieras. Con cada elección, el modelo de recompensa ajusta sus pesos y,"
                + " a lo largo de {0} rondas, sus respuestas se van pareciendo a tu estilo. Fíjate"
                + " en lo que aprende: no datos nuevos, sino qué tipo de respuestas te gustan."},
        {"start", "Empezar"},
        {"resume.changed", "Esta lección ha cambiado desde tu última visita, así que empieza"
                + " de nuevo."},
        {"round", "Ronda {0} de {1}"},
        {"gauge.label", "Modelo interno"},
        {"gauge.weak", "Débil"},
        {"gauge.neutral", "Neutro"},
        {"gauge.strong", "Fuerte"},
        {"criteria.title", "Criterios reforzados"},
        {"criteria.weight", "peso {0} ± {1}"},
        {"question.label", "Pregunta del usuario"},
        {"responses.label", "Respuestas generadas"},
        {"choose", "Elige la respuesta que prefieres:"},
        {"choose.hint", "Haz clic, toca o pulsa A o B."},
        {"response.label", "Respuesta {0}"},
        {"prefer", "Prefiero la respuesta {0}"},
        {"prefer.aria", "Prefiero la respuesta {0}"},
        {"note.chosen", "Has preferido la respuesta {0}."},
        {"note.changes", "Se refuerza: {0}."},
        {"note.nothing", "Estas dos respuestas puntúan igual, así que nada ha cambiado."},
        {"note.predicted", "El modelo ya lo había previsto ({0})."},
        {"note.surprised", "El modelo no se lo esperaba: le daba un {0}."},
        {"note.unsure", "El modelo todavía no tenía ninguna predicción (50\u00a0%)."},
        {"why.toggle", "¿Por qué estas dos? ¿Qué predice el modelo?"},
        {"why.prediction", "El modelo predice que elegirás A con una probabilidad de {0}, y B"
                + " con {1}."},
        {"why.start", "Antes de tu primera elección todos los pesos valen 0, así que el modelo"
                + " aún no puede saberlo: es como lanzar una moneda al aire."},
        {"why.how", "Cómo llega a ello: para cada criterio, la diferencia de puntuación entre A"
                + " y B multiplicada por el peso que el modelo ha aprendido para él."},
        {"why.row", "{0}: A puntúa {1}, B puntúa {2}; peso {3}, así que {4} a favor de {5}."},
        {"why.row.same", "{0}: A y B puntúan igual ({1}), así que aquí no cuenta."},
        {"why.total", "En total: {0} a favor de {1}. Cuanto mayor es el total, más segura es la"
                + " predicción; con 0 sería como lanzar una moneda."},
        {"why.pair", "Por qué estas dos: ahora el modelo daría A con una probabilidad de {0} y"
                + " B con {1}, entre las {2} respuestas de esta pregunta. Una muestra lo que"
                + " diría el modelo ahora; la pareja se eligió porque tu respuesta es la que más"
                + " le dice al modelo sobre qué criterio valoras más."},
        {"summary.title", "Lo que ha aprendido el modelo"},
        {"summary.favoured", "Ahora se inclina por las respuestas con más {0}."},
        {"summary.none", "Tus elecciones todavía no apuntan a una preferencia clara."},
        {"summary.payoff", "Una pregunta que no has visto"},
        {"summary.payoff.seen", "Una pregunta de la lección"},
        {"summary.before", "La respuesta del modelo original"},
        {"summary.after", "La respuesta del modelo entrenado"},
        {"summary.same", "Tus preferencias coinciden con lo que el modelo original ya hacía."},
        {"summary.point", "El modelo no ha aprendido ningún dato nuevo: las dos respuestas dicen"
                + " lo mismo. Lo que ha aprendido es qué tipo de respuesta prefieres."},
        {"beta.title", "¿Cuánto puede alejarse el modelo entrenado del original?"},
        {"beta.label", "El freno, β: alto conserva la respuesta original, bajo sigue la"
                + " recompensa aprendida"},
        {"beta.value", "β = {0}"},
        {"beta.infinite", "β = ∞: el modelo original"},
        {"beta.played", "β = {0}: el ajuste de esta lección"},
        {"beta.answer", "La respuesta con este ajuste (el modelo la da con una probabilidad de"
                + " {0}, {1} palabras):"},
        {"hacking.title", "Cuando lo bueno empieza a sobrar"},
        {"hacking.text", "Con el ajuste más bajo, el modelo da la respuesta que mejor puntúa la"
                + " recompensa aprendida, y esa no siempre es la mejor. Un modelo de recompensa"
                + " solo conoce las pocas comparaciones que ha visto, y los de verdad aprenden"
                + " atajos: respuestas más largas o más aduladoras pueden puntuar más sin ser"
                + " mejores. Perseguir la recompensa aprendida con demasiado empeño se llama"
                + " reward hacking; β es el freno que lo impide."},
        {"chart.title", "Curva de aprendizaje"},
        {"chart.confidence", "Confianza"},
        {"chart.agreement", "Coincidencia con tus elecciones"},
        {"chart.round", "Ronda"},
        {"chart.summary", "En {0} rondas, la confianza del modelo pasó del 50\u00a0% al {1},"
                + " y había previsto {2} de tus {0} elecciones."},
        {"restart", "Volver a empezar"},
        {"quiz.start", "Comprueba lo que has aprendido"},
        {"quiz.title", "Comprueba lo que has aprendido"},
        {"quiz.progress", "Pregunta {0} de {1}"},
        {"quiz.check", "Comprobar"},
        {"quiz.next", "Siguiente pregunta"},
        {"quiz.finish", "Ver tu puntuación"},
        {"quiz.correct", "¡Correcto!"},
        {"quiz.wrong", "No exactamente. La respuesta es: {0}"},
        {"quiz.mark.right", "Respuesta correcta"},
        {"quiz.mark.wrong", "Tu respuesta"},
        {"result.title", "Tu puntuación"},
        {"result.score", "Has acertado {0} de {1} preguntas ({2})."},
        {"result.passed", "Has aprobado: hacía falta un {0}."},
        {"result.failed", "Todavía no has aprobado: hace falta un {0}. Vuelve a empezar para"
                + " intentarlo de nuevo."},
        {"and", "y"},
        {"number.decimal", ","},
        {"number.percent", "{0}\u00a0%"},

        {"error.title", "No se ha podido cargar esta lección"},
        {"error.builtin", "la lección incorporada"},
        {"error.given", "la lección que ha dado la página"},
        {"error.no-lesson", "No se indicó ninguna lección: ni una dirección (src) ni el"
                + " texto de la lección (pack)."},
        {"error.not-found", "{0}: no hay ningún archivo en esta dirección (el servidor respondió"
                + " 404 Not Found). Comprueba la URL de la lección."},
        {"error.status", "{0}: el servidor respondió {1} en lugar de enviar la lección."},
        {"error.timeout", "{0}: la lección no llegó en {1} segundos. Vuelve a intentarlo más"
                + " tarde."},
        {"error.timeout.one", "{0}: la lección no llegó en {1} segundo. Vuelve a intentarlo"
                + " más tarde."},
        {"error.network", "{0}: no se ha podido descargar la lección. No se pudo contactar con"
                + " el servidor, o este no comparte el archivo con esta página (CORS)."},
        {"error.too-large", "{0}: la lección ocupa más de 2 MB, el máximo permitido."},
        {"error.html", "{0}: el servidor envió una página web ({1}), no una lección en JSON."
                + " Comprueba la URL de la lección."},
        {"error.json", "{0}: no es JSON válido ({1})."},
        {"error.pack", "{0}: la lección tiene {1} problemas:"},
        {"error.pack.one", "{0}: la lección tiene {1} problema:"},

        {"found.object", "un objeto"},
        {"found.list", "una lista"},
        {"found.text", "el texto \"{0}\""},
        {"found.number", "el número {0}"},
        {"found.true", "true"},
        {"found.false", "false"},
        {"found.null", "null"},

        {"problem.pack.not-object", "un paquete debe ser un objeto JSON, no {0}"},
        {"problem.version.missing", "falta; este widget lee la versión {0}"},
        {"problem.version.invalid", "debe ser un número entero, como 1, no {0}"},
        {"problem.version.newer", "la versión {0} es más reciente que las que conoce este"
                + " widget ({1}); usa una versión más nueva de Preference Trainer"},
        {"problem.missing", "falta"},
        {"problem.empty", "está vacío"},
        {"problem.not-text", "debe ser texto, no {0}"},
        {"problem.not-list", "debe ser una lista [...], no {0}"},
        {"problem.not-object", "debe ser un objeto {...}, no {0}"},
        {"problem.not-boolean", "debe ser true o false, no {0}"},
        {"problem.not-score", "debe ser un número entre 0 y 1, no {0}"},
        {"problem.out-of-range", "{0} está fuera del intervalo 0..1"},
        {"problem.unknown-field", "no es un campo que un paquete tenga aquí; revisa cómo está"
                + " escrito"},
        {"problem.id.invalid", "\"{0}\" no es un identificador válido: usa minúsculas, cifras y"
                + " guiones, empezando por una letra o una cifra, con 64 caracteres como máximo"},
        {"problem.id.duplicate", "\"{0}\" aparece más de una vez; los identificadores deben ser"
                + " únicos en un paquete"},
        {"problem.language.invalid", "\"{0}\" no es una etiqueta de idioma como en, es o pt-BR"},
        {"problem.html", "parece HTML ({0}); escribe texto sin formato y separa los párrafos"
                + " con una línea en blanco"},
        {"problem.criteria.count", "tiene {0} criterios; un paquete necesita entre {1} y {2}"},
        {"problem.criteria.count.one", "tiene {0} criterio; un paquete necesita entre {1} y"
                + " {2}"},
        {"problem.questions.empty", "está vacía; un paquete necesita al menos una pregunta"},
        {"problem.responses.count", "tiene {0} respuestas; una pregunta necesita al menos 2"
                + " para comparar"},
        {"problem.responses.count.one", "tiene {0} respuesta; una pregunta necesita al menos 2"
                + " para comparar"},
        {"problem.responses.alike", "todas las respuestas tienen las mismas puntuaciones, así"
                + " que ninguna elección entre ellas puede enseñarle nada al modelo"},
        {"problem.scores.missing", "falta; cada respuesta puntúa cada criterio de 0 a 1"},
        {"problem.score.missing", "falta; cada respuesta puntúa todos los criterios"},
        {"problem.score.unknown", "no es ninguno de los criterios del paquete"},
        {"problem.rounds.invalid", "debe ser un número entero, no {0}"},
        {"problem.rounds.minimum", "debe ser al menos 1, no {0}"},
        {"problem.rounds.range", "{0} está fuera del intervalo 1..{1} (el número de"
                + " preguntas)"},
        {"problem.choices.count", "tiene {0} opciones; una pregunta del cuestionario necesita"
                + " al menos 2"},
        {"problem.choices.count.one", "tiene {0} opción; una pregunta del cuestionario necesita"
                + " al menos 2"},
        {"problem.choices.correct", "tiene {0} opciones correctas; marca exactamente una con"
                + " \"correct\": true"},
        {"problem.passing-score.no-quiz", "está definido, pero el paquete no tiene cuestionario"
                + " que puntuar"},
        {"problem.ui.unknown", "no es un texto que muestre el widget; la guía para autores los"
                + " enumera"},
    };

    private SpanishText() {
    }
}
