// A job reference as recruiters file it: the code alone. An ATS often exports it with its own label ("Réf. RB-2026-117",
// "Ref: 4411", "N° 2026/117", "Kennziffer 117-A", "#R-2231"), and the messages put their own label in front ("réf.",
// "Kennziffer", "Ref."), so the exported one would be said twice ("réf. Réf. RB-2026-117").

/** Labels of the four languages and of ATS exports, then a stop, a colon, a number sign or a space before the code. */
const label =
  /^(?:(?:r[ée]f(?:[ée]rence)?|referen(?:ce|z|cia)|kennziffer|kennz|stellen-?(?:id|nummer|nr)|job[- ]?(?:id|ref|code|no)|req(?:uisition)?(?:[- ]?(?:id|no|nr))?|vacante|c[óo]digo|c[óo]d|nr|no|num(?:[ée]ro|ber)?|id)(?=[\s.:#])[\s.:#]+|n[°º][\s.:]*|#\s*)/iu;

/**
 * The code of a job reference without the label an export wrote before it. A value that is a label and nothing
 * else, or whose rest holds no digit or capital (so "No se" or "ref" is not taken apart), is kept as given.
 */
export function referenceCode(reference: string): string {
  const given = reference.trim();
  const found = label.exec(given);
  if (!found) return given;
  const rest = given.slice(found[0].length).trim();
  return rest !== '' && /[\p{N}\p{Lu}]/u.test(rest) && !/^[:.#]/.test(rest) ? rest : given;
}
