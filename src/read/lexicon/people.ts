// Public figures often named by surname alone in news about international politics. A surname maps to
// one canonical full name so "Lavrov", "Sergei Lavrov" and "Sergey Lavrov" get one id in every article.
export const KNOWN_PEOPLE: Record<string, string> = {
  Putin: 'Vladimir Putin', Lavrov: 'Sergei Lavrov', Peskov: 'Dmitry Peskov', Zakharova: 'Maria Zakharova',
  Ryabkov: 'Sergei Ryabkov', Shoigu: 'Sergei Shoigu', Medvedev: 'Dmitry Medvedev', Mishustin: 'Mikhail Mishustin',
  Nebenzia: 'Vassily Nebenzia', Antonov: 'Anatoly Antonov', Grushko: 'Alexander Grushko', Kortunov: 'Andrey Kortunov',
  Biden: 'Joe Biden', Blinken: 'Antony Blinken', Nuland: 'Victoria Nuland', Psaki: 'Jen Psaki', Trump: 'Donald Trump',
  Obama: 'Barack Obama', Zelensky: 'Volodymyr Zelensky', Zelenskyy: 'Volodymyr Zelensky', Kuleba: 'Dmytro Kuleba',
  Stoltenberg: 'Jens Stoltenberg', Macron: 'Emmanuel Macron', Scholz: 'Olaf Scholz', Merkel: 'Angela Merkel',
  Erdogan: 'Recep Tayyip Erdogan', Lukashenko: 'Alexander Lukashenko', Guterres: 'António Guterres',
  Borrell: 'Josep Borrell', Jinping: 'Xi Jinping', Tokayev: 'Kassym-Jomart Tokayev', Baerbock: 'Annalena Baerbock',
};
