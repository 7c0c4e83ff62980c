/**
 * Given names and family names for the example clients. Common names, no
 * real person intended.
 */

export const FRENCH_GIVEN_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Juliette', 'Louise', 'Zoé',
  'Hélène', 'Nathalie', 'Isabelle', 'Sylvie', 'Françoise', 'Catherine', 'Valérie', 'Sophie', 'Élodie', 'Margaux',
  'Lucas', 'Hugo', 'Louis', 'Gabriel', 'Arthur', 'Jules', 'Thomas', 'Nicolas', 'Julien', 'Antoine',
  'Jérôme', 'Philippe', 'Christophe', 'Stéphane', 'Olivier', 'Pascal', 'François', 'Mathieu', 'Benoît', 'Noël',
];

export const FRENCH_FAMILY_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand',
  'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin',
  'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson',
];

/** Business clients of the boutique (a florist, a hotel, …). */
export const FRENCH_BUSINESS_NAMES = ['Hôtel du Parc', 'Fleurs & Cie', 'Atelier Lumière', 'Café des Arts'];

export const ENGLISH_GIVEN_NAMES = [
  'Olivia', 'Emma', 'Amelia', 'Ava', 'Sophia', 'Isla', 'Grace', 'Mia', 'Lily', 'Chloe',
  'Emily', 'Hannah', 'Abigail', 'Madison', 'Ella', 'Scarlett', 'Zoe', 'Ruby', 'Alice', 'Evelyn',
  'Charlotte', 'Harper', 'Lucy', 'Ellie', 'Freya', 'Sarah', 'Laura', 'Rachel', 'Megan', 'Jessica',
  'Liam', 'Noah', 'Oliver', 'James', 'William', 'Benjamin', 'Lucas', 'Henry', 'Jack', 'Harry',
  'George', 'Thomas', 'Daniel', 'Samuel', 'Joseph', 'David', 'Matthew', 'Andrew', 'Ryan', 'Ethan',
  'Michael', 'Christopher', 'Joshua', 'Nathan', 'Owen', 'Leo', 'Oscar', 'Charlie', 'Jacob', 'Adam',
];

export const ENGLISH_FAMILY_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis',
  'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams',
  'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker',
  'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson',
  'Bailey', 'Reed', 'Kelly', 'Howard', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Wood',
  "O'Brien", 'Hughes', 'Price', 'Bennett', 'Gray', 'Hayes', 'Foster', 'Sanders', 'Powell', 'Russell',
];
