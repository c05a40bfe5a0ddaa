/** A pasted LinkedIn profile and a short bio, for the profile-draft tests and the eval. */
export const LINKEDIN_PASTE = `Maria Gonzalez
Senior Program Manager at Riverbend Food Bank
Austin, Texas Metropolitan Area
About
I run volunteer and distribution programs that get fresh food to 40 partner pantries.
Experience
Senior Program Manager
Riverbend Food Bank · Full-time
Mar 2020 - Present · 4 yrs 9 mos
Volunteer Coordinator
Riverbend Food Bank
Jun 2016 - Feb 2020 · 3 yrs 9 mos
AmeriCorps VISTA
Habitat for Humanity
2015 - 2016
Education
University of Texas at Austin
BA, Sociology
2011 - 2015
Skills
Volunteer management`;

export const BIO = `Dr. Alan Reyes is a clinical research coordinator at Mercy Health, where he has worked since 2019. Before that, he was a lab technician at Genova Labs from 2014 to 2019. He holds a B.S. in Biology from Ohio State University.`;

