// The six briefing notes of the coverage decision's round-6 tests (coverage-round6.test.ts), also
// read by the reasons-on-a-topic tests (reason-topic-29.test.ts): a small corpus where "spam"
// stands in a third of the passages, so a word of the corpus's own topic.
import { briefingNote as note } from "./corpus-builder.ts";

export const ROUND6_NOTES: Record<string, string> = {
  "notes/overview.md": note("WCIT-12 and the ITRs: overview", [
    "**The Dubai conference.** The World Conference on International Telecommunications (WCIT-12) took place in Dubai from 3 to 14 December 2012. The host regulator's Director General chaired the conference. [1]",
    "**Opening signals.** At the opening ceremony the ITU Secretary-General used growth figures to argue that the 1988 rules had served the sector well. [2]",
    "**Headline outcome.** A revised ITR text was adopted, but not by consensus; 89 of the 144 eligible countries signed it in Dubai. [1][2]",
  ]),
  "notes/us.md": note("The United States at WCIT-12", [
    "**Leadership.** Ambassador Terry Kramer headed the US delegation to WCIT-12. In November 2012 Kramer and FCC Chairman Julius Genachowski both argued that cybersecurity should be kept out of the ITRs. Genachowski said international regulations are too broad, too inflexible and too slow to deal with cybersecurity. [1]",
    "**Refusal to sign.** On 13 December 2012 Kramer announced that the United States could not sign the revised ITRs. He named spam, cybersecurity and Internet governance as the dividing issues. [2]",
  ]),
  "notes/spam.md": note("Spam and Article 5B", [
    "**The draft definition.** The public draft contained a bracketed definition of spam. A public commenter told the ITU the definition was unworkable, because what counts as spam depends on the recipient's judgement. [1]",
    "**What was adopted.** Article 5B says Member States should endeavour to prevent unsolicited bulk electronic communications from spreading. No definition of spam was added. [2]",
    "**Defenders after Dubai.** Richard Hill argued that the article is non-binding and cannot justify censorship. He pointed out that the ITRs sit below the ITU Constitution. He later argued that developed countries, having rejected spam language at the ITU, were promoting similar anti-spam commitments in trade agreements instead. [1]",
  ]),
  "notes/society.md": note("Human rights and civil society", [
    "**The core worry.** Digital-rights groups argued that bringing the Internet into a telecom treaty could threaten privacy and free expression. [1]",
    "**Dissent within civil society.** Civil society was not unanimous. Parminder of IT for Change argued that the final ITRs were broadly consistent with the Best Bits statement. [2]",
  ]),
  "notes/security.md": note("Security and Article 5A", [
    "**The compromise.** The United Kingdom suggested the more technical word robustness, meaning the resilience and availability of networks. The adopted Article 5A speaks of the security and robustness of international telecommunication networks. Delegates worked late to finish the compromise. [1]",
    "**Why some still objected.** CEPT said Article 5A was unclear enough to be misread as licensing more government control. [2]",
  ]),
  "notes/aftermath.md": note("After Dubai", [
    "**Busan 2014.** New America's Open Technology Institute reported that the 2014 Plenipotentiary made only minor changes to the Internet resolutions, with some transparency gains. [1]",
    "**Entry into force.** For signatories, the 2012 ITRs were to apply provisionally from 1 January 2015. Trade press also reported 2015 as the start date. [2]",
  ]),
};
