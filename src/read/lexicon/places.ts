// Places that are neither countries nor capitals but are named constantly in English-language news: US
// states and major cities of the world. Recognised as places (type 'location', kind 'place'), never as
// people, however name-shaped ("New Hampshire", "Des Moines").

export const US_STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico',
]);

export const CITIES = new Set([
  // United States
  'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas',
  'San Francisco', 'Seattle', 'Denver', 'Boston', 'Detroit', 'Nashville', 'Memphis', 'Baltimore', 'Milwaukee',
  'Atlanta', 'Miami', 'Orlando', 'Tampa', 'Cleveland', 'Columbus', 'Cincinnati', 'Pittsburgh', 'Minneapolis',
  'St. Louis', 'Kansas City', 'Las Vegas', 'Reno', 'Sacramento', 'Portland', 'Charlotte', 'Raleigh', 'Richmond',
  'New Orleans', 'Austin', 'Des Moines', 'Manchester', 'Charleston', 'Little Rock', 'Salt Lake City',
  'Albuquerque', 'Honolulu', 'Anchorage', 'Brooklyn', 'Manhattan', 'Queens', 'Bronx', 'Staten Island',
  'Ferguson', 'Baton Rouge', 'Louisville', 'Indianapolis', 'Oakland', 'Newark', 'Buffalo', 'Albany',
  'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Capitol', 'Hollywood', 'Dearborn', 'Flint', 'Tulsa',
  // Elsewhere
  'Toronto', 'Montreal', 'Vancouver', 'Sydney', 'Melbourne', 'Shanghai', 'Hong Kong', 'Mumbai', 'Bombay',
  'Karachi', 'Lahore', 'Dhaka', 'Kolkata', 'Calcutta', 'Bangalore', 'Chennai', 'Osaka', 'Kyoto', 'Busan',
  'Guangzhou', 'Shenzhen', 'Wuhan', 'Chongqing', 'Tianjin', 'Singapore', 'Kuala Lumpur', 'Ho Chi Minh City',
  'Saigon', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Buenos Aires', 'Lima', 'Bogota', 'Bogotá', 'Santiago',
  'Quito', 'Montevideo', 'Johannesburg', 'Cape Town', 'Lagos', 'Kinshasa', 'Khartoum', 'Mogadishu', 'Casablanca',
  'Algiers', 'Tunis', 'Dubai', 'Mecca', 'Medina', 'Tel Aviv', 'Haifa', 'Ramallah', 'Mosul', 'Basra', 'Homs',
  'Raqqa', 'Benghazi', 'Aden', 'Kandahar', 'Herat', 'Peshawar', 'Frankfurt', 'Hamburg', 'Cologne',
  'Stuttgart', 'Dusseldorf', 'Düsseldorf', 'Marseille', 'Lyon', 'Nice', 'Strasbourg', 'Milan', 'Naples', 'Turin',
  'Florence', 'Venice', 'Barcelona', 'Valencia', 'Seville', 'Amsterdam', 'Rotterdam', 'Antwerp', 'Zurich',
  'Zürich', 'Davos', 'Edinburgh', 'Glasgow', 'Liverpool', 'Birmingham', 'Leeds', 'Belfast', 'Cardiff', 'Krakow',
  'Gdansk', 'Lviv', 'Dnipro', 'Novosibirsk', 'Yekaterinburg', 'Vladivostok', 'Sochi', 'Grozny', 'Kazan',
  'Murmansk', 'Luxembourg', 'Monaco', 'Auckland', 'Wellington', 'Hiroshima', 'Nagasaki', 'Okinawa',
]);
