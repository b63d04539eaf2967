// Common given names from many languages, used to tell a person from an organisation and to guess
// which pronoun can refer back to them. A name missing here only lowers confidence; it never drops a claim.

const FEMALE = `Abigail Ada Adriana Agnes Aisha Alexandra Alice Alicia Alina Alison Amanda Amelia Amina Amy Ana Anastasia
Andrea Angela Angelina Anita Ann Anna Anne Annette Antonia Ariana Ashley Astrid Aurora Barbara Beatrice Beatriz Bella
Beth Bettina Beverly Bianca Brenda Bridget Brigitte Camila Carla Carmen Carol Caroline Catherine Cecilia Charlotte
Chiara Chloe Christina Christine Claire Clara Claudia Colleen Cristina Cynthia Dana Daniela Daria Deborah Denise Diana
Diane Dolores Donna Doris Dorothy Edith Elena Eleanor Elif Elisa Elizabeth Ella Ellen Elsa Emily Emma Erica Erin Esther
Eva Eve Fatima Fatma Fiona Florence Francesca Gabriela Gabrielle Gemma Giulia Gloria Grace Hannah Harriet Heather Heidi
Helen Helena Hilary Hillary Hina Ines Ingrid Irene Iris Isabel Isabella Ivana Jacqueline Jana Jane Janet Jasmine Jean
Jennifer Jessica Jill Joan Joanna Johanna Josephine Joyce Judith Julia Julie Karen Karin Katarina Kate Katherine Kathleen
Kathryn Katie Katrin Kavita Kayla Kelly Kim Kristin Laila Laura Lauren Layla Leah Lena Leila Linda Lisa Liu Liz Lorena
Louise Lucia Lucy Luisa Lydia Magdalena Maja Marcela Margaret Margarita Maria Mariam Marie Marina Marta Martha Mary
Maya Megan Melanie Melissa Mia Michelle Mila Mira Miriam Monica Nadia Nadine Nancy Naomi Natalia Natalie Natasha Nicola
Nicole Nina Noor Nora Olga Olivia Paola Patricia Paula Pauline Peggy Petra Phoebe Pooja Priya Rachel Rebecca Regina
Renata Rita Roberta Rosa Rose Ruth Sabine Sally Samantha Sandra Sara Sarah Sofia Sophia Sophie Stephanie Susan Susanne
Suzanne Svetlana Sylvia Tamara Tanya Teresa Theresa Tina Ursula Valentina Valerie Vanessa Vera Veronica Victoria
Viktoria Virginia Wendy Yasmin Yelena Yulia Yvonne Zainab Zara Zoe Zofia Ingrid Marianne Mette Ursula Kamala Giorgia
Nikki Nancy Condoleezza Theresa Liz Jacinda Angela Sanna Kaja Roberta Kristalina Christine Ngozi Janet Gina Elise`;

const MALE = `Aaron Abdul Abdullah Abel Adam Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Alessandro Alex Alexander
Alexei Alexey Ali Amir Anatoly Andre Andreas Andrei Andrew Andrey Angelo Anthony Antoine Anton Antonio Arjun Armin Arthur
Ben Benjamin Bernard Bill Bob Boris Brad Brandon Brian Bruce Bruno Carl Carlos Charles Chris Christian Christopher
Colin Craig Daniel Dario David Dennis Dmitry Dmitri Dominic Donald Douglas Duncan Edward Emmanuel Enrique Eric Erik
Ernesto Ethan Evan Fabio Farid Felipe Felix Fernando Filip Francis Francisco Frank Franz Fred Frederick Gabriel Gary
George Georg Gerald Gerhard Giorgio Giovanni Giuseppe Gordon Graham Gregory Guillaume Gustavo Hamid Hans Harold Harry
Hassan Henry Hector Hugo Hussein Ian Igor Ibrahim Ilya Ivan Jack Jacob Jacques James Jan Jason Javier Jeffrey Jens
Jeremy Jerome Jim Joachim Joe Johan John Jonathan Jorge Jose Joseph Joshua Juan Julian Justin Karl Keith Kenneth Kevin
Khalid Klaus Kyle Lars Lawrence Leo Leonid Lorenzo Louis Luca Lucas Luis Luke Lukas Malik Marc Marco Marcus Mark Martin
Mateo Matteo Matthew Maurice Max Maxim Mehmet Michael Miguel Mikhail Mohamed Mohammad Mohammed Muhammad Mustafa Nathan
Neil Nicholas Nick Nicolas Nikolai Nikolay Oleg Oliver Omar Oscar Pablo Patrick Paul Pedro Peter Philip Philippe Pierre
Rafael Rahul Rajesh Ralph Ramon Raymond Ricardo Richard Rick Robert Roberto Roger Roman Ronald Ruslan Rustem Ryan Said
Salman Sam Samuel Scott Sean Sebastian Sergei Sergey Simon Stefan Stephen Steve Steven Sven Thomas Tim Timothy Tobias
Todd Tom Tony Umar Valentin Valery Vasily Victor Viktor Vincent Vladimir Volodymyr Walter Wei William Xavier Yannick
Yevgeny Yuri Yusuf Zhang Olaf Emmanuel Rishi Narendra Recep Xi Joe Keir Justin Dmytro Andriy Oleksandr Petro Vitali
Jens Mark Pedro Giorgos Kyriakos Viktor Rodrigo Jair Luiz Gustavo Javier Shehbaz Imran Benjamin Yair Naftali`;

function toSet(names: string): ReadonlySet<string> {
  return new Set(
    names
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => name.toLowerCase()),
  );
}

const FEMALE_NAMES = toSet(FEMALE);
const MALE_NAMES = toSet(MALE);

export type Gender = 'm' | 'f';

/** The likely gender of a given name, or null when the name is unknown or used for both. */
export function genderOfFirstName(name: string): Gender | null {
  const key = name.toLowerCase();
  const female = FEMALE_NAMES.has(key);
  const male = MALE_NAMES.has(key);
  if (female === male) return null;
  return female ? 'f' : 'm';
}

export function isKnownFirstName(name: string): boolean {
  const key = name.toLowerCase();
  return FEMALE_NAMES.has(key) || MALE_NAMES.has(key);
}
