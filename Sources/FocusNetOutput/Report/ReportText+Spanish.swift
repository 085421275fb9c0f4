extension ReportText {
    /// Mexican Spanish, for the state and municipal task forces that run focused deterrence in
    /// Mexico, in the terms of the reasons `rank --language es` writes (``Language``): *detención*,
    /// *víctima de disparo*, *grupo/célula*, *lista de convocatoria*, *fecha de corte* (the as-of
    /// date), *ventana de resultados* (the outcome window). Every text of ``english`` is replaced
    /// (tested); ids, file names, command names and abbreviations (PPV, ROC-AUC) stay as written.
    public static let spanish: ReportText = {
        var t = ReportText()
        t.language = "es"

        // Documento
        t.brand = "Informe de FocusNet"
        t.titlePrefix = "FocusNet"
        t.listTitle = { "Lista de convocatoria con fecha de corte \($0)" }
        t.contents = "Contenido"
        t.footer = {
            "Elaborado por FocusNet \($0) a partir de los archivos de la carpeta de resultados; sin acceso a la red, sin scripts ni "
                + "fuentes externas (el propio script de la página agrega la búsqueda, los filtros y las fichas de persona). "
                + "Consulte docs/governance.md sobre para qué sirve una lista y para qué no."
        }
        t.backtestTitle = { origins in
            "Evaluación retrospectiva, \(origins.count) \(origins.count == 1 ? "fecha de origen" : "fechas de origen") "
                + "(\(origins.first ?? "")\(origins.count > 1 ? "–" + origins.last! : ""))"
        }
        t.listSubtitle = { "\($0) · propósito: <b>\($1)</b> · registros en \($2) · carpeta \($3)" }
        t.backtestSubtitle = { "resultados contados en la ventana de resultados (D, D + \($0)] · carpeta \($1)" }
        t.sensitivePseudonyms = "Los identificadores de persona de este informe son seudónimos con clave (HMAC-SHA-256). "
            + "Compártalo solo conforme a su convenio de intercambio de datos."
        t.sensitiveIdentifiers = "Este informe contiene identificadores de personas. Manténgalo con acceso solo para su propietario; "
            + "comparta la versión con seudónimos (focusnet report --pseudonymize KEYFILE)."
        t.sensitiveBacktest = "Este informe de evaluación retrospectiva contiene solo conteos y tasas, ningún identificador de persona."

        // Resumen de la ejecución
        t.asOf = "Fecha de corte"
        t.asOfNote = { "registros fechados en \($0)" }
        t.listed = "En la lista"
        t.listedNote = { "de \($0) personas en la red; tamaño de la lista \($1), elegida por \($2)" }
        t.purpose = "Propósito"
        t.purposeNote = "registrado en el manifiesto"
        t.excludedNobody = "no se dejó fuera a nadie con posición por encima de la última persona convocada"
        t.excludedNote = { $0 + " — con posición por encima de la última persona convocada" }
        t.flaggedUnder18 = "Menores de 18 con aviso"
        t.flaggedNote = { "en la lista (regla: \($0))" }
        t.unknown = "se desconoce"
        t.flaggedNoPersons = "sin archivo de personas no hay fechas de nacimiento: no se pudo aplicar la regla de edad"
        t.activeGroups = "Grupos/células activos"
        t.activeGroupsNote = "con al menos un integrante en la red"
        t.activeGroupsNoMemberships = "sin archivo de integrantes: solo detenciones compartidas"
        t.rowsRead = "Filas leídas"
        t.rowsReadNote = { "\($0) rechazadas (\($1))" }
        t.ties = "Vínculos"
        t.tiesNote = { "por codetención; \($0) por pertenencia al mismo grupo/célula" }
        t.massEvents = "Detenciones masivas"
        t.massEventsRule = { "detenciones de más de \($0) personas: \($1)" }
        t.missingMemberships = "sin capa de grupos/células: no hay tabla de grupos, los vínculos son solo detenciones compartidas"
        t.missingVictimizations = "sin víctimas de disparo: la exposición a víctimas es cero para todos y nadie aparece como víctima de disparo"
        t.missingShootings = "sin tiroteos con presuntos agresores identificados: la exposición a agresores es cero"
        t.missingPersons = "sin archivo de personas: se desconocen edades y zonas, así que no se pudo aplicar la regla de menores "
            + "ni la tabla de zonas"
        t.missingCustody = "sin periodos de custodia: no se excluye a quienes estaban bajo custodia en la fecha de corte "
            + "(salvo que el archivo de personas lo indique)"
        t.notInThisRun = { "<b>No incluido en esta ejecución.</b> Los registros proporcionados fueron \($0); por lo tanto: " }
        t.purposeBlock = """
            <b>Para qué sirve esta lista.</b> Para decidir a quién convocar a una reunión de disuasión focalizada \
            o a quién ofrecer servicios y acercamiento, y en qué orden: un punto de partida para quienes conocen la zona, \
            revisado y aprobado por una persona supervisora. <b>No sirve</b> para detenciones, revisiones, acusaciones, \
            medidas cautelares ni sentencias, no es prueba de pertenencia a una pandilla y no debe compartirse fuera del \
            convenio bajo el que se elaboró. Una puntuación mide la posición en la red y el historial reciente; no es una \
            predicción sobre ninguna persona en particular. Consulte docs/governance.md.
            """
        t.governanceHeading = "Reglas de gobernanza aplicadas"
        t.recordsUsed = "Registros usados"
        t.minimumAge = "Edad mínima"
        t.retention = "Conservación"
        t.groupLabelExpiry = "Vencimiento de etiquetas de grupo/célula"
        t.identifiers = "Identificadores"
        t.pseudonymsWrittenBy = { "seudónimos con clave escritos por \($0) (HMAC-SHA-256)" }
        t.pseudonymsAppliedByReport = "seudónimos con clave aplicados por focusnet report (HMAC-SHA-256)"
        t.rawIdentifiers = "identificadores de persona tal como vienen en los registros (sin seudónimos)"
        t.outputFiles = "Archivos de salida"
        t.outputFilesRule = "solo para su propietario (modo 0600), cada uno escrito de forma atómica (archivo temporal, luego renombrado)"
        t.inputsHeading = "Qué se leyó"
        t.input = "entrada"
        t.file = "archivo"
        t.rowsReadColumn = "filas leídas"
        t.accepted = "aceptadas"
        t.duplicates = "duplicadas"
        t.rejected = "rechazadas"
        t.rejectsHeading = "Filas rechazadas por motivo"
        t.rejectsCaption = "Aquí no se muestran los valores: podrían identificar a personas. rejects.csv (solo para su propietario) "
            + "tiene archivo, línea, columna y valor."
        t.reason = "motivo"
        t.rows = "filas"

        // Procedencia
        t.provenanceCaption = "Todo lo necesario para volver a obtener estos resultados: versiones del software y cada parámetro, "
            + "tal como se registraron en el manifest.json de las carpetas. Las mismas entradas y parámetros dan archivos idénticos byte a byte."
        t.provenanceList = { "La lista (\($0))" }
        t.provenanceBacktest = "La evaluación retrospectiva"

        // Encabezados de sección (también el índice)
        t.summaryHeading = "Resumen de la ejecución"
        t.listHeading = "Lista de convocatoria"
        t.excludedHeading = "Excluidos por encima del corte"
        t.groupsHeading = "Grupos/células"
        t.areasHeading = "Zonas"
        t.networkHeading = "Cómo se vinculan las personas de la lista"
        t.peopleHeading = "La red de cada persona de la lista"
        t.backtestHeading = "Evaluación retrospectiva"
        t.provenanceHeading = "Procedencia"

        // Lista, excluidos, grupos, zonas
        t.chosenByGroups = "grupo por grupo: primero los grupos/células activos de mayor riesgo, y en cada uno el menor número de "
            + "integrantes elegibles que juntos alcanzan a todos los integrantes a un paso por detenciones compartidas"
        t.chosenByReach = { "para alcanzar al mayor número de personas en riesgo a no más de \($0) pasos" }
        t.chosenByComposite = "por puntuación compuesta, de mayor a menor, entre las personas elegibles"
        t.chosenByProbability = "por la probabilidad ajustada del resultado, de mayor a menor, entre las personas elegibles"
        t.listCaption = {
            "\($0) personas, elegidas \($1). <b>Puntuación compuesta</b> (0–1): combina puntos y medidas de red; "
                + "<b>puntos</b>: historial reciente (detenciones, detenciones por delito violento y con arma de fuego, haber sido "
                + "víctima de disparo, juventud); <b>puntuación de red</b>: el percentil medio de las medidas de red. "
                + "<b>Posición general</b>: el lugar entre todas las personas evaluadas. <b>Nivel de riesgo</b>: dónde queda la "
                + "persona entre todas las evaluadas (muy alto: el 0.1% más alto; alto: el 1%; elevado: el 5%). Los motivos "
                + "dicen qué llevó a cada persona a la lista."
        }
        t.excludedCaption = "Personas cuya puntuación las habría puesto en la lista pero que no pueden ser convocadas "
            + "(fallecidas, bajo custodia o fuera de las reglas de elegibilidad). Se muestran para que quien revisa vea la regla aplicada."
        t.excludedMany = { "\($0) personas: \($1). Las \($2) de posición más alta:" }
        t.moreIn = { "\($0) más en \($1)." }
        t.wouldBeRank = "posición que habría tenido"
        t.groupColumn = "grupo/célula"
        t.members = "integrantes"
        t.arrestedInWindow = "con detención en el periodo"
        t.membersShot = "integrantes víctimas de disparo"
        t.shootingsByMembers = "tiroteos de integrantes"
        t.tiedGroups = "grupos vinculados"
        t.topScore = "puntuación máxima"
        t.invited = "convocados"
        t.reached = "alcanzados"
        t.reach = "alcance"
        t.groupsCaption = {
            "Grupos/células activos, de mayor a menor riesgo (la puntuación más alta de sus integrantes). <b>Integrantes víctimas "
                + "de disparo</b> y <b>tiroteos de integrantes</b> cuentan el periodo de exposición (\($0)). "
                + "<b>Alcanzados</b>: integrantes convocados o a una detención compartida de una persona convocada; <b>alcance</b> "
                + "es su proporción. Las etiquetas de grupo/célula vienen del archivo de integrantes"
                + ($1.map { " y vencen tras \($0) sin un nuevo avistamiento" } ?? " y no vencen en esta ejecución") + "."
        }
        t.servicesHeading = "Se les ofrecen servicios, no se les convoca"
        t.servicesCaption = { count in
            "<b>\(count)</b> \(count == 1 ? "menor de edad" : "menores de edad") que la lista habría convocado: "
                + "\(count == 1 ? "se le ofrecen" : "se les ofrecen") servicios y acercamiento en lugar de una convocatoria, y "
                + "no \(count == 1 ? "está" : "están") en la lista de convocatoria (services.csv, por posición general)."
        }
        t.servicesNone = "La lista no habría convocado a ningún menor de edad, así que a nadie se le ofrecen servicios en su lugar "
            + "(services.csv está vacío)."
        t.moreGroupsIn = { "\($0) grupos más en groups.csv." }
        t.areasCaption = "Residentes (archivo de población), personas evaluadas y en la lista por zona de residencia, y víctimas "
            + "de disparo en el periodo de exposición con su tasa por cada 100,000 residentes."
        t.areaColumns = [
            "area": "zona", "population": "población", "people_scored": "personas evaluadas", "people_listed": "personas en la lista",
            "victimizations": "víctimas de disparo", "victimizations_per_100k": "víctimas por cada 100 mil",
        ]

        // Imágenes de la red
        t.legend = "Leyenda"
        t.legendListed = "en la lista (posición)"
        t.legendNotListed = "no está en la lista"
        t.legendNotEligible = "no elegible (custodia, fallecimiento)"
        t.legendShot = "víctima de disparo en el periodo"
        t.legendUnder18 = "menor de 18"
        t.legendGroup = "grupo/célula"
        t.legendSharedArrests = "detenciones compartidas"
        t.legendMember = "integrante"
        t.nodeListed = { " — n.º \($0) de la lista" }
        t.nodeRank = { " — posición \($0)" }
        t.nodeScore = { ", puntuación \($0)" }
        t.nodeShot = ", víctima de disparo en el periodo"
        t.groupNode = { group, size in
            "grupo/célula \(group)" + (size.map { " — \($0) \($0 == 1 ? "integrante activo" : "integrantes activos")" } ?? "")
        }
        t.overviewCaption = { listed, groups, connectors, isolated in
            "Las \(listed) personas de la lista (numeradas por su posición), sus \(groups) "
                + "\(groups == 1 ? "grupo/célula" : "grupos/células"), y \(connectors) personas fuera de la lista que comparten "
                + "detenciones con dos o más personas de la lista (sin los vínculos de detenciones masivas). Las líneas son "
                + "detenciones compartidas (más gruesas: más detenciones) y pertenencias a grupos/células. "
                + (isolated > 0 ? "\(isolated) \(isolated == 1 ? "persona de la lista no tiene" : "personas de la lista no tienen") "
                    + "vínculo con nadie más en esta imagen y \(isolated == 1 ? "aparece" : "aparecen") aparte. " : "")
                + "Disposición: Fruchterman–Reingold, con semilla; las distancias solo son aproximadas."
        }
        t.overviewDescription = { "Red de las \($0) personas de la lista y sus grupos/células" }
        t.egoSectionCaption = {
            "Para cada persona de la lista (nodo grande): todas las personas con quienes tuvo detenciones compartidas en el periodo "
                + "(hasta \($0), primero las de más detenciones compartidas), los vínculos entre ellas y sus grupos/células. "
                + "Los números son posiciones en la lista. Los demás integrantes de un grupo/célula sin detenciones compartidas con "
                + "la persona se cuentan en la descripción emergente del grupo, no se dibujan."
        }
        t.noEdgesFile = "Falta network_edges.csv en la carpeta, así que solo se dibujan las pertenencias a grupos/células."
        t.egoScore = { "puntuación \($0)" }
        t.egoDescription = { "Red de la persona n.º \($0) de la lista" }
        t.egoCoOffenders = { alters, listed, shot, drawn in
            alters == 0 ? "sin detenciones compartidas en el periodo"
                : "\(alters) \(alters == 1 ? "persona codetenida" : "personas codetenidas")" + (listed > 0 ? " (\(listed) en la lista)" : "")
                    + (shot > 0 ? ", \(shot) \(shot == 1 ? "víctima" : "víctimas") de disparo" : "")
                    + (alters > drawn ? "; \(drawn) \(drawn == 1 ? "dibujada" : "dibujadas")" : "")
        }
        t.egoGroups = { groups in
            (groups.count == 1 ? "grupo/célula " : "grupos/células ")
                + groups.map { $0.group + ($0.members.map { " (\($0) \($0 == 1 ? "integrante" : "integrantes"))" } ?? "") }
                .joined(separator: ", ")
        }
        t.egoArrestedWith = { "<b>Detenciones compartidas con</b>: \($0)" + ($1 > 0 ? " y \($1) más" : "") }
        t.egoNotDrawn = {
            "\($0) personas más de la lista no se dibujan (focusnet report --pictures \($1) las dibuja a todas; "
                + "call_in_network.graphml se abre en Gephi)."
        }
        t.pathHead = {
            "A \($0) \($0 == 1 ? "vínculo" : "vínculos") de una víctima de disparo reciente (\($1), víctima de disparo el \($2))"
        }
        t.pathArrestedTogether = { "detención compartida el " + $0 }
        t.pathBothIn = { "ambos en " + $0 }

        // Cómo se ordena la lista (el modelo de la lista en manifest.json)
        t.orderLabel = "Orden."
        t.evidenceLabel = "Evidencia."
        t.effectsHeading = "Qué pondera el modelo"
        t.effectsCaption = {
            "Razones de momios por desviación estándar de cada variable, del modelo logístico que ordena la lista (resultado: \($0) "
                + "en la ventana de resultados de \($1)), con intervalos de confianza del 95%. Por encima de 1: las personas con más "
                + "de esa variable tuvieron más probabilidad del resultado, con las demás variables iguales; un intervalo que incluye "
                + "el 1 es compatible con que no haya efecto. Es una asociación en datos pasados, no una causa."
        }
        t.feature = "variable"
        t.oddsRatio = "razón de momios por DE"
        t.confidenceInterval = "IC 95%"
        t.evidenceHeading = "Qué habría incluido una lista de este tamaño"
        t.evidenceCaption = {
            "Al \($0), las \($1) primeras personas según cada modelo y la proporción de las personas con el resultado (\($2) en la "
                + "ventana de resultados de \($3)) que habrían incluido; intervalos bootstrap del 95%. La diferencia es el modelo "
                + "de la lista menos el de la fila."
        }
        t.model = "modelo"
        t.capture = "incluidas"
        t.differenceFromList = "lista menos este modelo"
        t.calibrationHeading = "Calibración por decil de riesgo predicho"
        t.calibrationCaption = "Personas evaluadas en la fecha de corte de la evidencia, en diez grupos de probabilidad predicha "
            + "(10 = la más alta): la predicción media frente a la proporción que tuvo el resultado, con su intervalo de Wilson "
            + "del 95%. Si las predicciones se acercan a la proporción observada, las probabilidades pueden leerse como tales."
        t.decile = "decil"
        t.people = "personas"
        t.withOutcome = "con el resultado"
        t.predicted = "predicción media"
        t.observed = "observado"

        // Evaluación retrospectiva
        t.backtestSectionHeading = "Evaluación retrospectiva: cómo les fue a estas listas en fechas pasadas"
        t.backtestCaption = { origins, window, origin in
            "La evaluación se volvió a ejecutar con fecha de corte en \(origins) \(origins == 1 ? "fecha pasada" : "fechas pasadas") D, "
                + "solo con registros fechados hasta D, y cada lista se comparó con lo que ocurrió en la ventana de resultados de "
                + "los \(window) siguientes — (D, D + \(window)]. \(origin.map { "Las cifras son del \($0)" } ?? "Las cifras juntan todas las fechas"); "
                + "entre corchetes, intervalos bootstrap del 95%. <b>Captura en k</b>: de las personas con el resultado, la "
                + "proporción que estaba entre las k primeras de la lista. <b>PPV en k</b>: de las k primeras, la proporción que tuvo "
                + "el resultado. Todos los modelos se evalúan sobre las mismas personas, así que las referencias muestran lo que "
                + "habría logrado una lista más sencilla."
        }
        t.notes = "Notas"
        t.modelDescriptions = [
            "random": "una lista elegida al azar (valores esperados)",
            "prior_arrests": "primero quienes tienen más detenciones en el periodo",
            "prior_victimization": "primero quienes fueron víctimas de disparo",
            "demographic": "solo edad y sexo (modelo logístico)",
            "points": "puntos de FocusNet (historial)",
            "network": "puntuación de red de FocusNet",
            "composite": "puntuación compuesta de FocusNet (la de la lista)",
            "fitted": "modelo logístico con todas las variables, ajustado en fechas anteriores",
            "fitted_no_network": "el modelo ajustado sin variables de posición en la red (ablación)",
            "fitted_no_exposure": "el modelo ajustado sin variables de exposición (ablación)",
        ]
        t.outcomeDescriptions = [
            "shot": "víctimas de disparo (mortal o no)", "shooter": "identificadas como presuntos agresores en un tiroteo",
            "either": "víctimas de disparo o identificadas como presuntos agresores", "arrest": "detenidas de nuevo",
        ]
        t.dates = "Fechas"
        t.asOfD = "fecha de corte D"
        t.outcomesUntil = "resultados hasta"
        t.scored = "evaluadas"
        t.windowComplete = "ventana completa"
        t.outcomeHeading = { "Resultado: \($0) — \($1)" }
        t.captureFor = { "\($0) con \($1)" }
        t.backtestHeadline = { k, capture, description, baselines, random in
            "Una lista de las \(k) primeras personas por puntuación compuesta habría incluido al <b>\(capture)</b> de las personas "
                + "\(description)" + (baselines.isEmpty ? "" : ", frente a " + baselines.joined(separator: " y ")) + " (al azar: \(random))."
        }
        t.captureTitle = { "Curva de captura — \($0)" }
        t.captureXLabel = "tamaño de la lista, % de personas evaluadas (escala logarítmica)"
        t.captureYLabel = "proporción de personas con el resultado en la lista"
        t.captureCaption = {
            "Más arriba y más a la izquierda es mejor: la proporción de personas \($0) que habría incluido una lista de cada "
                + "tamaño. La línea punteada del azar es la diagonal en un eje lineal, hasta la proporción de esas personas que "
                + "estaba en la red (quienes quedan fuera no están en ninguna lista)."
        }
        t.decileTitle = { "Tasa del resultado por decil de puntuación — \($0)" }
        t.decileXLabel = "decil de puntuación (10 = las puntuaciones más altas)"
        t.decileYLabel = "proporción con el resultado"
        t.decileCaption = "Una puntuación útil sube con fuerza hacia el decil 10. Los deciles con puntuaciones empatadas comparten "
            + "personas, así que una referencia con empates puede saltarse deciles."
        t.reliabilityTitle = { "Calibración de los modelos de probabilidad — \($0)" }
        t.reliabilityXLabel = "probabilidad predicha media (decil)"
        t.reliabilityYLabel = "proporción observada"
        t.reliabilityCaption = "Los puntos sobre la diagonal indican que las probabilidades predichas coincidieron con lo que ocurrió; "
            + "por encima, el modelo predijo de menos."
        t.disparityHeading = "Auditoría de disparidades — quién está en la lista"
        t.disparityCaption = {
            "Para las \($0) primeras personas por la puntuación \($1) (resultado: \($2)): la proporción de cada grupo entre las "
                + "personas evaluadas, entre las personas con el resultado y en la lista. Un grupo cuya proporción en la lista "
                + "supera con mucho su proporción entre quienes tuvieron el resultado está sobrerrepresentado respecto del daño que "
                + "la lista busca prevenir. Los datos demográficos faltantes se muestran como tales, nunca se imputan."
        }
        t.onTheList = "en la lista"
        t.attribute = "atributo"
        t.withOutcomeColumn = "con el resultado"
        t.onListColumn = "en la lista"
        t.captureColumn = "captura"
        t.stabilityHeading = "Estabilidad de la lista"
        t.stabilityCaption = "Coincidencia media de Jaccard entre las listas de las k primeras personas de fechas consecutivas "
            + "(1 = las mismas personas cada vez). Una lista que cambia por completo de un trimestre a otro es difícil de usar."
        t.outcome = "resultado"
        t.anyOutcome = "cualquiera"
        t.coefficientsHeading = "Modelos ajustados"
        t.coefficientsCaption = {
            "Coeficientes de regresión logística sobre variables estandarizadas (por desviación estándar), con errores estándar, "
                + "ajustados en cada fecha cuya ventana de resultados ya había cerrado" + ($0 ? " (se muestra la fecha más reciente)" : "")
                + ". Un |z| mayor que 2 difícilmente es ruido."
        }
        t.coefficient = "coeficiente"
        t.stdError = "error estándar"

        // Lista interactiva y ficha de persona
        t.search = "Buscar"
        t.searchPlaceholder = "identificador o seudónimo"
        t.group = "Grupo/célula"
        t.area = "Zona"
        t.eligibility = "Elegibilidad"
        t.all = "todos"
        t.clearFilters = "Limpiar"
        t.shownTemplate = "{shown} de {total} mostradas"
        t.openNotListed = "Abrir la ficha de {id} (no está en la lista)"
        t.clickHint = "Haga clic en una fila (o pulse Intro sobre ella) para abrir la ficha de la persona con motivos, red y cronología."
        t.close = "Cerrar"
        t.listRank = "n.º {n} de la lista"
        t.overallRank = "posición {n} entre todas las personas evaluadas"
        t.notListed = "no está en la lista"
        t.score = "Puntuación"
        t.points = "Puntos"
        t.network = "Puntuación de red"
        t.groups = "Grupos/células"
        t.reasons = "Motivos"
        t.nearestVictim = "Víctima de disparo reciente más cercana"
        t.egoNetwork = "Red"
        t.egoCaption = "La persona (grande), todas las personas con quienes tuvo detenciones compartidas en el periodo y sus grupos/células."
        t.timeline = "Cronología"
        t.timelineCaption = "Detenciones y casos de víctima de disparo en el periodo de registros, y pertenencias a grupos/células "
            + "activas en la fecha de corte ({asOf}); no se muestra nada fechado después de ella."
        t.timelineEmpty = "Ninguna detención, caso de víctima de disparo ni pertenencia en el periodo."
        t.timelineNotKept = "La cronología solo se conserva para las personas de la lista."
        t.date = "fecha"
        t.event = "hecho"
        t.detail = "detalle"
        t.arrest = "detención"
        t.gun = "con arma de fuego"
        t.victimization = "víctima de disparo"
        t.shotFatal = "falleció"
        t.shotNonfatal = "sobrevivió"
        t.offenseCategories = [
            "violent": "delito violento", "weapons": "armas", "narcotics": "narcóticos", "property": "contra la propiedad", "other": "otro",
        ]
        t.membership = "integrante de grupo/célula"
        t.lastSeen = "último avistamiento {date}"
        t.dateUnknown = "primer avistamiento no registrado"
        t.noScript = "La búsqueda, los filtros y las fichas de persona necesitan JavaScript; todo lo demás se puede leer sin él."
        return t
    }()
}
