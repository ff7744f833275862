"""Short news passages written for the language-detection benchmark, one per language.

Each passage is four plain paragraphs (no editorial insertions), written for
this benchmark so that every language has more than the two hand-written dev
articles to cut sentences and paragraphs from.  Not training data.
"""

from __future__ import annotations

PASSAGES: dict[str, str] = {
    "en": """\
The city council voted on Tuesday to close two bus depots and sell the land to a housing developer.
Residents who spoke at the meeting said the plan would leave the northern districts with fewer routes. The mayor promised that no line would be cut before the new depot opens next spring.
Officials expect the sale to raise about 40 million pounds, most of which will go to repairing bridges.
Opposition members called the vote rushed and asked for an independent review of the contract.""",
    "ru": """\
Городской совет во вторник проголосовал за закрытие двух автобусных парков и продажу земли застройщику.
Жители, выступившие на заседании, сказали, что северные районы останутся без части маршрутов. Мэр пообещал, что ни одна линия не будет закрыта до открытия нового парка весной.
Чиновники рассчитывают выручить от продажи около четырёх миллиардов рублей, большая часть которых пойдёт на ремонт мостов.
Депутаты от оппозиции назвали голосование поспешным и потребовали независимой проверки договора.""",
    "uk": """\
Міська рада у вівторок проголосувала за закриття двох автобусних парків і продаж землі забудовнику.
Мешканці, які виступили на засіданні, сказали, що північні райони залишаться без частини маршрутів. Мер пообіцяв, що жодну лінію не закриють до відкриття нового парку навесні.
Посадовці розраховують отримати від продажу близько мільярда гривень, більша частина яких піде на ремонт мостів.
Депутати від опозиції назвали голосування поспішним і вимагали незалежної перевірки договору.""",
    "de": """\
Der Stadtrat hat am Dienstag beschlossen, zwei Busdepots zu schließen und das Gelände an einen Bauträger zu verkaufen.
Anwohner, die bei der Sitzung sprachen, sagten, die nördlichen Viertel würden dadurch Linien verlieren. Der Bürgermeister versprach, dass keine Linie gestrichen wird, bevor das neue Depot im Frühjahr öffnet.
Die Verwaltung rechnet mit Einnahmen von etwa 40 Millionen Euro, die vor allem in die Sanierung von Brücken fließen sollen.
Die Opposition nannte die Abstimmung überstürzt und forderte eine unabhängige Prüfung des Vertrags.""",
    "fr": """\
Le conseil municipal a voté mardi la fermeture de deux dépôts de bus et la vente du terrain à un promoteur immobilier.
Les habitants qui ont pris la parole lors de la séance ont affirmé que les quartiers du nord perdraient plusieurs lignes. Le maire a promis qu'aucune ligne ne serait supprimée avant l'ouverture du nouveau dépôt au printemps.
La mairie espère tirer environ 40 millions d'euros de la vente, dont la plus grande partie servira à réparer des ponts.
L'opposition a jugé le vote précipité et réclamé un examen indépendant du contrat.""",
    "es": """\
El ayuntamiento votó el martes el cierre de dos cocheras de autobuses y la venta del terreno a una promotora inmobiliaria.
Los vecinos que intervinieron en el pleno dijeron que los barrios del norte se quedarían sin varias líneas. El alcalde prometió que no se suprimirá ninguna línea antes de que abra la nueva cochera en primavera.
El consistorio espera obtener unos 40 millones de euros con la venta, que se destinarán sobre todo a reparar puentes.
La oposición calificó la votación de precipitada y pidió una revisión independiente del contrato.""",
    "it": """\
Il consiglio comunale ha votato martedì la chiusura di due depositi degli autobus e la vendita del terreno a un costruttore.
I residenti intervenuti alla seduta hanno detto che i quartieri a nord perderanno diverse linee. Il sindaco ha promesso che nessuna linea sarà soppressa prima dell'apertura del nuovo deposito in primavera.
Il Comune conta di ricavare circa 40 milioni di euro dalla vendita, che serviranno soprattutto a riparare i ponti.
L'opposizione ha definito il voto affrettato e ha chiesto una verifica indipendente del contratto.""",
    "pl": """\
Rada miasta zagłosowała we wtorek za zamknięciem dwóch zajezdni autobusowych i sprzedażą gruntu deweloperowi.
Mieszkańcy, którzy zabrali głos na sesji, mówili, że północne dzielnice stracą kilka linii. Burmistrz obiecał, że żadna linia nie zostanie zlikwidowana przed otwarciem nowej zajezdni wiosną.
Urzędnicy liczą, że sprzedaż przyniesie około 170 milionów złotych, które pójdą głównie na remont mostów.
Opozycja uznała głosowanie za pospieszne i zażądała niezależnej kontroli umowy.""",
}
