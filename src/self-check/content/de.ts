/**
 * The built-in instrument in German (plain language, B1), the same items as content/nl.ts. "Sie" is the
 * person filling it in, as in messages/de.ts; "wir" is always the partnership (both partners), the own
 * organisation is "meine Organisation".
 */
import type { InstrumentText } from '../instrument.js';

const text: InstrumentText = {
  dimensions: {
    'gedeelde-doelen': {
      label: 'Gemeinsame Ziele',
      description: 'Wissen Sie, was Sie gemeinsam erreichen wollen?',
      questions: [
        {
          text: 'Wie gut kennen Sie die Ziele des anderen?',
          options: [
            'Wir kennen die Ziele des Partners nicht.',
            'Wir wissen ungefähr, was der Partner erreichen will.',
            'Wir kennen die Ziele des anderen und sehen, wo sie sich überschneiden.',
            'Wir haben gemeinsam ein paar Ziele vereinbart.',
            'Wir haben einen gemeinsamen Arbeitsplan und setzen ihn zusammen um.',
          ],
        },
        {
          text: 'Passen Ihre Ziele zum Auftrag jedes Partners?',
          options: [
            'Ein Partner legt die Ziele fest.',
            'Wir fragen manchmal, was dem anderen Partner wichtig ist.',
            'Wir achten auf den Auftrag des anderen, aber nicht immer.',
            'Unsere Ziele passen zum Auftrag jedes Partners.',
            'Unsere Ziele stärken den Auftrag jedes Partners.',
          ],
        },
      ],
      low: 'Planen Sie ein Gespräch darüber, was jeder Partner erreichen will. Schreiben Sie gemeinsam ein oder zwei Ziele auf, die beiden wichtig sind.',
      mid: 'Sie kennen die Ziele des anderen. Wählen Sie jetzt gemeinsam ein Ziel, das Sie beide erreichen wollen, und schreiben Sie auf, woran Sie sehen, dass es wirkt.',
      high: 'Sie haben klare gemeinsame Ziele. Prüfen Sie jedes Jahr gemeinsam, ob sie noch passen. Erzählen Sie auch neuen Kolleginnen und Kollegen davon.',
      reflection: 'Was wollen Sie in einem Jahr gemeinsam erreicht haben?',
      desired: [
        'Die Ziele des anderen nicht kennen',
        'Ungefähr wissen, was der andere will',
        'Die Ziele des anderen kennen',
        'Ein paar Ziele vereinbaren',
        'Ein gemeinsamer Arbeitsplan',
      ],
    },
    waarden: {
      label: 'Gemeinsame Werte',
      description: 'Teilen Sie dieselben Werte, und handeln Sie danach?',
      questions: [
        {
          text: 'Wissen Sie, was jedem Partner im Umgang mit Schülern, Familien und Anwohnern wichtig ist?',
          options: [
            'Wir haben nie darüber gesprochen.',
            'Wir wissen es ungefähr, aber wir haben es nie ausgesprochen.',
            'Wir haben darüber gesprochen und sehen, wo wir übereinstimmen.',
            'Wir haben gemeinsam aufgeschrieben, welche Werte wir teilen.',
            'Unsere gemeinsamen Werte leiten, wie wir arbeiten und entscheiden.',
          ],
        },
        {
          text: 'Tun Sie, was Sie vereinbart haben, auch wenn es schwierig wird?',
          options: [
            'Nein, Vereinbarungen bleiben oft auf dem Papier.',
            'Manchmal, wenn es uns passt.',
            'Meistens, aber nicht immer, wenn viel los ist.',
            'Ja, und wir sprechen uns an, wenn es nicht klappt.',
            'Ja, auch wenn es uns etwas kostet.',
          ],
        },
      ],
      low: 'Erzählen Sie einander, was Ihnen in der Arbeit mit Schülern, Familien und dem Stadtteil wichtig ist. Suchen Sie, was Sie teilen.',
      mid: 'Sie kennen die Werte des anderen. Schreiben Sie gemeinsam die zwei oder drei wichtigsten auf, und prüfen Sie, ob Sie danach handeln.',
      high: 'Sie handeln nach gemeinsamen Werten. Erzählen Sie neuen Kolleginnen und Kollegen davon, und nutzen Sie die Werte bei schweren Entscheidungen.',
      reflection: 'Wann mussten Sie zwischen dem Einfachen und dem, was Ihnen wichtig ist, wählen?',
      desired: [
        'Nicht darüber sprechen',
        'Ungefähr wissen',
        'Darüber gesprochen',
        'Gemeinsam aufgeschrieben',
        'Werte leiten unsere Arbeit',
      ],
    },
    communicatie: {
      label: 'Kontakt & Kommunikation',
      description: 'Wie oft und wie offen haben Sie Kontakt?',
      questions: [
        {
          text: 'Wie oft haben Sie Kontakt?',
          options: [
            'Fast nie, nur wenn es ein Problem gibt.',
            'Ein paar Mal im Jahr.',
            'Regelmäßig, aber meist rund um eine Aktivität.',
            'Zu festen Zeiten, und dazwischen, wenn nötig.',
            'Oft und unkompliziert, zwischen verschiedenen Personen unserer Organisationen.',
          ],
        },
        {
          text: 'Wie offen ist der Kontakt?',
          options: [
            'Wir geben nur praktische Informationen weiter.',
            'Wir sagen, was wir tun, aber wir fragen wenig.',
            'Wir hören einander zu und stellen Fragen.',
            'Wir sagen ehrlich, was gut läuft und was nicht.',
            'Wir teilen auch Zweifel und neue Ideen, bevor etwas entschieden ist.',
          ],
        },
      ],
      low: 'Vereinbaren Sie feste Zeiten, um sich auszutauschen, zum Beispiel einmal im Monat. Wählen Sie bei jedem Partner eine feste Ansprechperson.',
      mid: 'Der Kontakt klappt. Vereinbaren Sie, was Sie einander immer sagen, und nehmen Sie sich auch Zeit für Zweifel und neue Ideen.',
      high: 'Der Kontakt läuft gut. Achten Sie darauf, dass er nicht an ein oder zwei Personen hängt: Beziehen Sie auch andere Kolleginnen und Kollegen ein.',
      reflection: 'Was sagen Sie einander jetzt nicht, obwohl es helfen würde?',
      desired: [
        'Kontakt, wenn es sein muss',
        'Ein paar Mal im Jahr',
        'Regelmäßiger Kontakt',
        'Feste Zeiten, offene Gespräche',
        'Unkomplizierter, offener Kontakt',
      ],
    },
    vertrouwen: {
      label: 'Vertrauen & Revierdenken',
      description: 'Vertrauen Sie einander? Oder schützt jeder Partner vor allem sein eigenes Revier?',
      questions: [
        {
          text: 'Wie viel Vertrauen gibt es zwischen Ihnen?',
          options: [
            'Wir kennen uns zu wenig, um einander zu vertrauen.',
            'Wir vertrauen einander bei kleinen Absprachen.',
            'Wir vertrauen darauf, dass der Partner tut, was er verspricht.',
            'Wir können aufeinander zählen, auch wenn es schwierig wird.',
            'Wir vertrauen einander ganz und setzen uns füreinander ein.',
          ],
        },
        {
          text: 'Wie gehen Sie mit dem Revier des anderen um (Schüler, Familien, Geld, Sichtbarkeit)?',
          options: [
            'Wir sehen einander als Konkurrenten.',
            'Jeder Partner schützt vor allem sein eigenes Revier.',
            'Wir sprechen ab, wer was tut, damit wir uns nicht im Weg stehen.',
            'Jeder Partner lässt den anderen in sein Revier, wenn das hilft.',
            'Wir denken nicht mehr in Revieren: Wir schauen, was die Menschen brauchen.',
          ],
        },
      ],
      low: 'Lernen Sie einander besser kennen. Besuchen Sie den Partner oder begleiten Sie jemanden einen Tag lang. Beginnen Sie mit kleinen Absprachen und halten Sie sie ein.',
      mid: 'Es gibt Vertrauen für Absprachen. Sagen Sie auch, was Sie um Ihr eigenes Revier besorgt macht: Dann können Sie gemeinsam etwas dagegen tun.',
      high: 'Es gibt viel Vertrauen. Nutzen Sie es, um gemeinsam schwierigere Dinge anzugehen. Sagen Sie es auch, wenn etwas nicht stimmt.',
      reflection: 'Wann konnten Sie sich zuletzt wirklich aufeinander verlassen?',
      desired: [
        'Zu wenig Vertrauen',
        'Vertrauen bei kleinen Absprachen',
        'Absprachen einhalten',
        'Aufeinander zählen',
        'Volles Vertrauen',
      ],
    },
    activiteiten: {
      label: 'Gemeinsam handeln',
      description: 'Wie viel tun Sie gemeinsam, und stärken Sie sich dabei gegenseitig?',
      questions: [
        {
          text: 'Was tun Sie gemeinsam?',
          options: [
            'Wir tun noch nichts gemeinsam.',
            'Wir haben einmal zusammengearbeitet, für eine Aktivität.',
            'Wir machen ein paar Aktivitäten gemeinsam.',
            'Wir machen verschiedene Arten von Aktivitäten gemeinsam.',
            'Wir machen viel gemeinsam, an verschiedenen Orten und auf verschiedenen Ebenen.',
          ],
        },
        {
          text: 'Wie passen Ihre Aktivitäten zusammen?',
          options: [
            'Unsere Aktivitäten stehen getrennt nebeneinander.',
            'Wir wissen, was der andere tut, aber wir stimmen uns nicht ab.',
            'Wir stimmen uns ab, damit wir uns nicht im Weg stehen.',
            'Unsere Aktivitäten ergänzen einander.',
            'Unsere Aktivitäten stärken einander und bilden ein Ganzes.',
          ],
        },
      ],
      low: 'Suchen Sie eine konkrete Aktivität, die Sie gemeinsam machen können. Halten Sie sie klein und machbar. Schauen Sie danach gemeinsam zurück.',
      mid: 'Sie machen schon etwas gemeinsam. Schauen Sie, welche Aktivitäten sich ergänzen könnten, und beginnen Sie mit einer.',
      high: 'Sie machen viel gemeinsam. Prüfen Sie, ob jede Aktivität noch zu Ihren Zielen passt. Hören Sie mit dem auf, was nicht mehr funktioniert.',
      reflection: 'Welche Aktivität des Partners könnte Ihre eigene stärken?',
      desired: [
        'Jeder für sich',
        'Ab und zu etwas gemeinsam',
        'Ein paar gemeinsame Aktivitäten',
        'Aktivitäten, die sich ergänzen',
        'Ein Ganzes',
      ],
    },
    invloed: {
      label: 'Gegenseitiger Einfluss',
      description: 'Entscheiden Sie gemeinsam? Zählt die Stimme jedes Partners?',
      questions: [
        {
          text: 'Wer trifft die Entscheidungen über die Partnerschaft?',
          options: [
            'Ein Partner entscheidet alles.',
            'Ein Partner entscheidet. Der andere darf manchmal Ideen einbringen.',
            'Wir beraten uns, aber ein Partner hat das letzte Wort.',
            'Wir entscheiden das meiste gemeinsam.',
            'Wir entscheiden gemeinsam, und jeder Partner kann ein Thema einbringen.',
          ],
        },
        {
          text: 'Hat Ihre Organisation Einfluss auf die Partnerschaft?',
          options: [
            'Nein, meine Organisation folgt dem, was der Partner verlangt.',
            'Wenig: Der Partner fragt meine Organisation nach ihrer Meinung, aber es ändert sich wenig.',
            'Manchmal: Die Ideen meiner Organisation werden ab und zu genutzt.',
            'Ja: Die Ideen meiner Organisation verändern wirklich etwas.',
            'Ja, und das gilt für jeden Partner gleich.',
          ],
        },
      ],
      low: 'Vereinbaren Sie, wie Sie entscheiden und wer worüber entscheidet. Fragen Sie den Partner mit weniger Einfluss, was er braucht, um mitzuentscheiden.',
      mid: 'Sie beraten sich. Vereinbaren Sie, welche Entscheidungen Sie wirklich gemeinsam treffen, und fragen Sie, ob sich jeder Partner gehört fühlt.',
      high: 'Sie entscheiden wirklich gemeinsam. Fragen Sie ab und zu, ob sich auch jeder Partner gehört fühlt, vor allem wenn neue Personen dazukommen.',
      reflection: 'Welche Entscheidung im letzten Jahr haben Sie wirklich gemeinsam getroffen?',
      desired: [
        'Ein Partner entscheidet',
        'Ideen sind willkommen',
        'Beraten, einer entscheidet',
        'Meist gemeinsam entscheiden',
        'Gemeinsam, mit gleicher Stimme',
      ],
    },
    stemmen: {
      label: 'Stimmen, die zählen',
      description: 'Haben Schüler, Eltern und Anwohner eine Stimme? Fehlen Stimmen?',
      questions: [
        {
          text: 'Wie erfahren Sie, was Schüler, Eltern und Anwohner wollen?',
          options: [
            'Wir fragen sie nicht.',
            'Wir hören es manchmal, über eine Person oder durch Zufall.',
            'Wir fragen sie hinterher nach ihrer Meinung, zum Beispiel mit einer Umfrage.',
            'Wir fragen sie von Anfang an nach ihrer Meinung und handeln danach.',
            'Sie entscheiden mit, zum Beispiel in einer Arbeitsgruppe.',
          ],
        },
        {
          text: 'Gibt es Gruppen, die Sie nicht erreichen oder nicht hören?',
          options: [
            'Wir wissen es nicht: Wir haben nie darauf geachtet.',
            'Ja, und wir tun noch nichts dagegen.',
            'Ja, wir wissen, welche, und suchen Wege, sie zu erreichen.',
            'Wir erreichen die meisten Gruppen, auch Menschen, die sich weniger zu Wort melden.',
            'Wir erreichen alle und fragen sie regelmäßig, wer noch fehlt.',
          ],
        },
      ],
      low: 'Fragen Sie ein paar Schüler, Eltern oder Anwohner, was sie von der Partnerschaft erwarten. Hören Sie zu, und sagen Sie ihnen, was Sie damit machen.',
      mid: 'Sie hören schon einige Stimmen. Schauen Sie gemeinsam, wer noch fehlt, und fragen Sie diese Menschen von Anfang an nach ihrer Meinung.',
      high: 'Schüler, Eltern und Anwohner zählen. Fragen Sie weiter, wer noch fehlt: Das ändert sich mit der Zeit.',
      reflection: 'Fehlen Stimmen? Wen haben Sie noch nie gefragt?',
      desired: [
        'Nicht fragen',
        'Manchmal etwas hören',
        'Hinterher fragen',
        'Von Anfang an fragen',
        'Mit ihnen entscheiden',
      ],
    },
    middelen: {
      label: 'Mittel teilen',
      description: 'Teilen Sie Personal, Geld, Räume oder Daten?',
      questions: [
        {
          text: 'Welche Mittel nutzen Sie gemeinsam?',
          options: [
            'Jeder Partner nutzt nur seine eigenen Mittel.',
            'Wir leihen einander ab und zu etwas, etwa einen Raum oder Material.',
            'Wir teilen regelmäßig Arbeitszeit oder Räume.',
            'Wir bringen gemeinsam Personal und Geld in ein gemeinsames Projekt ein.',
            'Wir verwalten einen Teil unserer Mittel gemeinsam.',
          ],
        },
        {
          text: 'Teilen Sie Informationen und Daten?',
          options: [
            'Wir teilen keine Informationen.',
            'Wir teilen Informationen, wenn jemand danach fragt.',
            'Wir teilen nützliche Informationen, ohne dass jemand fragt.',
            'Wir teilen Daten mit klaren Absprachen, im Rahmen der Schweigepflicht.',
            'Wir haben gemeinsam festgelegt, welche Daten wir teilen und welche nicht, und halten uns daran.',
          ],
        },
      ],
      low: 'Beginnen Sie klein: Teilen Sie einen Raum, Material oder eine Stunde Arbeitszeit einer Kollegin oder eines Kollegen. Sprechen Sie klar ab, was Sie teilen und wie lange.',
      mid: 'Sie teilen schon einiges. Schreiben Sie auf, was Sie teilen und was nicht, auch welche Daten geteilt werden dürfen und welche nicht (Schweigepflicht).',
      high: 'Sie teilen viel. Schreiben Sie die Absprachen auf, damit das Teilen weiter klappt, wenn Personen wechseln.',
      reflection: 'Was hat ein Partner, das der andere gut gebrauchen könnte?',
      desired: [
        'Jeder seine eigenen Mittel',
        'Ab und zu etwas leihen',
        'Regelmäßig teilen',
        'Gemeinsam einbringen',
        'Gemeinsam verwalten',
      ],
    },
    wederkerigheid: {
      label: 'Geben und Nehmen',
      description: 'Ist das Geben und Nehmen fair? Gewinnt jeder Partner etwas?',
      questions: [
        {
          text: 'Wie ist die Arbeit verteilt?',
          options: [
            'Ein Partner macht fast die ganze Arbeit.',
            'Ein Partner macht viel mehr als der andere.',
            'Die Arbeit ist einigermaßen verteilt, aber nicht immer.',
            'Die Arbeit ist fair verteilt, je nachdem, was jeder Partner kann.',
            'Die Arbeit ist fair verteilt, und wir helfen uns, wenn viel los ist.',
          ],
        },
        {
          text: 'Wie zufrieden ist Ihre Organisation mit dem, was die Partnerschaft bringt?',
          options: [
            'Nicht zufrieden: Sie kostet meine Organisation mehr, als sie bringt.',
            'Kaum zufrieden: Sie bringt vor allem dem Partner etwas.',
            'Ziemlich zufrieden: Sie bringt meiner Organisation etwas, aber weniger als erhofft.',
            'Zufrieden: Sie bringt jedem Partner deutlich etwas.',
            'Sehr zufrieden: Sie bringt jedem Partner viel, und auch den Menschen, für die wir arbeiten.',
          ],
        },
      ],
      low: 'Machen Sie gemeinsam eine Liste: Was bringt jeder Partner ein, und was bekommt jeder Partner zurück? Sprechen Sie ehrlich darüber, wo es nicht im Gleichgewicht ist.',
      mid: 'Das Gleichgewicht ist fast da. Fragen Sie einander, was die Partnerschaft jedem von Ihnen bringt und was noch fehlt.',
      high: 'Jeder Partner gewinnt durch die Partnerschaft. Erzählen Sie auch anderen davon: Das hilft, dass die Partnerschaft hält.',
      reflection: 'Was kostet diese Partnerschaft jeden Partner, und was bringt sie jedem?',
      desired: [
        'Jeder schaut für sich',
        'Ein Partner macht viel mehr',
        'Einigermaßen verteilt',
        'Fair verteilt',
        'Fair verteilt, mit gegenseitiger Hilfe',
      ],
    },
    trekkerschap: {
      label: 'Rollen & Unterstützung',
      description: 'Ist klar, wer was tut, und wer die Partnerschaft unterstützt?',
      questions: [
        {
          text: 'Ist klar, wer was tut?',
          options: [
            'Nein, niemand weiß genau, wer was tut.',
            'Ein wenig: Wir sprechen es für jede Aktivität ab.',
            'Ja, für die meisten Aufgaben ist es klar.',
            'Ja, die Rollen sind aufgeschrieben und alle kennen sie.',
            'Ja, und wir schauen uns die Rollen bei Bedarf gemeinsam neu an.',
          ],
        },
        {
          text: 'Wer hält die Partnerschaft in Gang?',
          options: [
            'Niemand: Sie läuft von selbst, oder sie hört auf.',
            'Eine Person, neben ihrer üblichen Arbeit.',
            'Ein paar Personen, aber ohne feste Zeit dafür.',
            'Eine Person hat die feste Rolle, mit Zeit und einem klaren Auftrag.',
            'Eine Organisation oder ein Team unterstützt die ganze Partnerschaft (ein „Backbone“).',
          ],
        },
      ],
      low: 'Vereinbaren Sie, wer die Partnerschaft in Gang hält und wie viel Zeit es dafür gibt. Schreiben Sie kurz auf, wer was tut.',
      mid: 'Die meisten Aufgaben sind klar. Vereinbaren Sie, wer die Partnerschaft in Gang hält und wie viel Zeit es dafür gibt.',
      high: 'Die Rollen sind klar. Vereinbaren Sie, wer übernimmt, wenn jemand geht, damit die Partnerschaft nicht stillsteht.',
      reflection: 'Was passiert mit der Partnerschaft, wenn die Person, die sie in Gang hält, morgen geht?',
      desired: [
        'Niemand weiß, wer was tut',
        'Absprachen pro Aktivität',
        'Die meisten Aufgaben sind klar',
        'Rollen auf Papier, mit Zeit',
        'Rollen gemeinsam anpassen, mit Hilfe',
      ],
    },
    verschillen: {
      label: 'Umgang mit Unterschieden',
      description: 'Wie gehen Sie mit anderen Meinungen, Erwartungen und Konflikten um?',
      questions: [
        {
          text: 'Was tun Sie, wenn Sie nicht einer Meinung sind?',
          options: [
            'Wir sprechen nicht darüber.',
            'Meist gibt ein Partner nach.',
            'Wir sprechen darüber, aber manchmal bleibt es ungelöst.',
            'Wir suchen gemeinsam eine Lösung, mit der wir beide arbeiten können.',
            'Wir sehen eine andere Meinung als Chance, etwas Besseres zu finden.',
          ],
        },
        {
          text: 'Kennen Sie die Erwartungen des anderen?',
          options: [
            'Nein, wir werden oft überrascht.',
            'Wir sagen erst, was wir erwarten, wenn etwas schiefgeht.',
            'Wir besprechen unsere Erwartungen am Anfang.',
            'Wir besprechen unsere Erwartungen am Anfang und unterwegs.',
            'Wir besprechen sie regelmäßig und passen unsere Pläne gemeinsam an.',
          ],
        },
      ],
      low: 'Besprechen Sie am Anfang, was jeder Partner erwartet. Vereinbaren Sie, wie Sie ein Problem ansprechen. Planen Sie unterwegs einen Zeitpunkt, um nachzusteuern.',
      mid: 'Sie sprechen über Unterschiede. Planen Sie auch zwischendurch einen Zeitpunkt, um Erwartungen zu besprechen, nicht nur wenn etwas schiefgeht.',
      high: 'Sie gehen gut mit Unterschieden um. Geben Sie weiter Raum für andere Meinungen, auch von Menschen, die sich weniger leicht zu Wort melden.',
      reflection: 'Über welchen Unterschied zwischen Ihnen haben Sie noch nicht gesprochen?',
      desired: [
        'Unterschiede vermeiden',
        'Ein Partner gibt nach',
        'Darüber sprechen',
        'Gemeinsam Lösungen finden',
        'Unterschiede als Chance',
      ],
    },
    leren: {
      label: 'Gemeinsam lernen & wachsen',
      description: 'Prüfen Sie gemeinsam, ob es wirkt? Werden Sie gemeinsam stärker?',
      questions: [
        {
          text: 'Verfolgen Sie gemeinsam, was die Partnerschaft erreicht?',
          options: [
            'Nein, wir verfolgen nichts.',
            'Jeder Partner verfolgt für sich, was ihm wichtig ist.',
            'Wir teilen manchmal unsere Zahlen oder Erfahrungen.',
            'Wir haben gemeinsam vereinbart, was wir verfolgen.',
            'Wir verfolgen gemeinsam dieselben Ergebnisse und passen uns danach an.',
          ],
        },
        {
          text: 'Werden Ihre Organisationen durch die Partnerschaft stärker?',
          options: [
            'Nein, es ändert sich nichts.',
            'Ein paar Personen lernen etwas daraus.',
            'Wir lernen voneinander und nutzen es manchmal.',
            'Wir arbeiten anders durch das, was wir voneinander lernen.',
            'Wir wachsen gemeinsam und schaffen Dinge, die keiner allein schaffen könnte.',
          ],
        },
      ],
      low: 'Wählen Sie gemeinsam zwei oder drei Dinge, die Sie verfolgen wollen. Planen Sie einmal im Jahr einen Zeitpunkt, um gemeinsam zurückzuschauen.',
      mid: 'Sie teilen manchmal Erfahrungen. Vereinbaren Sie gemeinsam, was Sie verfolgen und wann Sie gemeinsam zurückschauen.',
      high: 'Sie lernen gemeinsam. Teilen Sie das Gelernte auch mit anderen Partnern im Netzwerk.',
      reflection: 'Woran sehen Sie, dass die Partnerschaft wirkt?',
      desired: [
        'Nichts verfolgen',
        'Jeder verfolgt für sich',
        'Manchmal Erfahrungen teilen',
        'Vereinbaren, was wir verfolgen',
        'Gemeinsam verfolgen und anpassen',
      ],
    },
  },
};

export default text;
