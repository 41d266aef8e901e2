// Real decisions of many bodies (fixtures/real: typeset from published texts, and real PDFs), digital and
// scanned, against hand-written truth, through the whole pipeline with recorded OCR replayed. The sets
// are scored like ../shared/eval/score.mjs (recipients aside); the floors are the accuracy measured when
// they were set, so a change that loses accuracy on real papers fails here. docs/accuracy.md has the figures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, openDbReadOnly, readRecords, withDb, type DecisionRecord } from '../src/index.ts';
import { scoreRecord, total, type Truth } from '../scripts/lib/score-record.ts';
import { ROOT, replayEngine, tempDir } from './helpers.ts';

/** Each labelled set: where its PDFs and truth are, the floor its score must stay above (%), and how far its scanned copies may trail its digital ones (points, default 6). */
const SETS: { name: string; pdfs: string; truth: string; floor: number; scannedGap?: number }[] = [
  { name: 'development', pdfs: 'fixtures/real/pdf', truth: 'fixtures/real/truth', floor: 94 },
  { name: 'held-out 1', pdfs: 'fixtures/real/pdf', truth: 'fixtures/real/holdout-truth', floor: 93 },
  { name: 'held-out 2', pdfs: 'fixtures/real/holdout2/pdf', truth: 'fixtures/real/holdout2/truth', floor: 94 },
  { name: 'held-out 3', pdfs: 'fixtures/real/holdout3/pdf', truth: 'fixtures/real/holdout3/truth', floor: 93 },
  // Sets 4-9 were each scored once unseen (docs/accuracy.md), then used for diagnosis; floors a little under today's.
  ...[4, 5, 6, 7, 8, 9].map((n) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor: 90 })),
  // Sets 10-11: scored once unseen at 4c5fd60 (91.5%, 90.3% recipients aside), then used for diagnosis.
  // Sets 18-19: scored once unseen at 2bbfe06 (91.2%, 91.5%; 93.7%, 93.3% recipients aside), then used for diagnosis.
  // Sets 20-21: scored once unseen at 3225cf1 (86.2%, 88.5%; 88.5%, 89.6% recipients aside), then used for diagnosis.
  ...[18, 19, 21].map((n) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor: 91 })),
  // Set 20's rough copy of a news page lost four paragraphs to tesseract's page segmentation (--psm 3; --psm 6 reads them): a wider scanned gap.
  { name: 'held-out 20', pdfs: 'fixtures/real/holdout20/pdf', truth: 'fixtures/real/holdout20/truth', floor: 87, scannedGap: 7 },
  // Sets 22-23: scored once unseen at 37296d5 and 9dd219b (90.0%, 84.3%; 92.3%, 87.3% recipients aside); no rule written from them.
  { name: 'held-out 22', pdfs: 'fixtures/real/holdout22/pdf', truth: 'fixtures/real/holdout22/truth', floor: 90 },
  // Sets 24-26 (police; councils and combined authorities A-L; M-Z): scored once unseen at e880c96 (89.6%, 89.4%, 91.6%;
  // 92.8%, 92.6%, 94.7% recipients aside), then used for diagnosis.
  { name: 'held-out 24', pdfs: 'fixtures/real/holdout24/pdf', truth: 'fixtures/real/holdout24/truth', floor: 91 },
  { name: 'held-out 25', pdfs: 'fixtures/real/holdout25/pdf', truth: 'fixtures/real/holdout25/truth', floor: 91 },
  { name: 'held-out 26', pdfs: 'fixtures/real/holdout26/pdf', truth: 'fixtures/real/holdout26/truth', floor: 93 },
  // Set 28 scored once unseen at 1ba358e (89.1%; 90.8% recipients aside); sets 27, 29, 30 at dc6f620 (90.0%, 92.2%, 90.6%;
  // 91.5%, 95.7%, 93.0%); sets 31, 32 at 3db9e33 (94.5%, 91.3%; 97.0%, 93.1%). Sets 27 and 30 lose text on rough scans
  // (tesseract's page segmentation drops skewed paragraphs): a wider scanned gap.
  { name: 'held-out 27', pdfs: 'fixtures/real/holdout27/pdf', truth: 'fixtures/real/holdout27/truth', floor: 90, scannedGap: 7 },
  { name: 'held-out 28', pdfs: 'fixtures/real/holdout28/pdf', truth: 'fixtures/real/holdout28/truth', floor: 92 },
  { name: 'held-out 29', pdfs: 'fixtures/real/holdout29/pdf', truth: 'fixtures/real/holdout29/truth', floor: 94 },
  { name: 'held-out 30', pdfs: 'fixtures/real/holdout30/pdf', truth: 'fixtures/real/holdout30/truth', floor: 91, scannedGap: 7 },
  { name: 'held-out 31', pdfs: 'fixtures/real/holdout31/pdf', truth: 'fixtures/real/holdout31/truth', floor: 95 },
  { name: 'held-out 32', pdfs: 'fixtures/real/holdout32/pdf', truth: 'fixtures/real/holdout32/truth', floor: 92 },
  // Sets 33, 34: scored once unseen at a0d3dde (93.5%, 96.0%; 95.4%, 98.0% recipients aside); no rule written from them.
  { name: 'held-out 33', pdfs: 'fixtures/real/holdout33/pdf', truth: 'fixtures/real/holdout33/truth', floor: 94 },
  { name: 'held-out 34', pdfs: 'fixtures/real/holdout34/pdf', truth: 'fixtures/real/holdout34/truth', floor: 96 },
  // Sets 35-37: scored once unseen at e0d7a6c (86.5%, 90.8%, 88.1%; 86.7%, 93.8%, 89.6% recipients aside), then used for rules.
  { name: 'held-out 35', pdfs: 'fixtures/real/holdout35/pdf', truth: 'fixtures/real/holdout35/truth', floor: 94 },
  { name: 'held-out 36', pdfs: 'fixtures/real/holdout36/pdf', truth: 'fixtures/real/holdout36/truth', floor: 93 },
  { name: 'held-out 37', pdfs: 'fixtures/real/holdout37/pdf', truth: 'fixtures/real/holdout37/truth', floor: 88 },
  // Sets 38-40: scored once unseen at ae57f7d (93.6%, 85.0%, 92.9%; 93.8%, 85.7%, 94.9% recipients aside); two rules checked on 39 since (a bold title, an issue page's decision paragraph), one on 38 (a budget title, a lead-in without a colon).
  { name: 'held-out 38', pdfs: 'fixtures/real/holdout38/pdf', truth: 'fixtures/real/holdout38/truth', floor: 91 },
  { name: 'held-out 39', pdfs: 'fixtures/real/holdout39/pdf', truth: 'fixtures/real/holdout39/truth', floor: 84 },
  { name: 'held-out 40', pdfs: 'fixtures/real/holdout40/pdf', truth: 'fixtures/real/holdout40/truth', floor: 92 },
  // Sets 41-43 (police/PCC/GLA fire; English councils; combined authorities, London, Welsh and Scottish councils): scored once
  // unseen at 836e502 (88.1%, 86.0%, 88.4%; 92.1%, 87.7%, 89.7% recipients aside) and again at 74f2e62 after this session's
  // rules, none written from them (88.1%, 87.8%, 88.4%); then one recipients rule checked on 41.
  { name: 'held-out 41', pdfs: 'fixtures/real/holdout41/pdf', truth: 'fixtures/real/holdout41/truth', floor: 90 },
  { name: 'held-out 42', pdfs: 'fixtures/real/holdout42/pdf', truth: 'fixtures/real/holdout42/truth', floor: 87 },
  { name: 'held-out 43', pdfs: 'fixtures/real/holdout43/pdf', truth: 'fixtures/real/holdout43/truth', floor: 87 },
  // Sets 44-46 (PCCs, MOPAC, Gloucestershire fire; English district and borough councils; Argyll and Bute, GLA, WMCA, Cardiff, Harrow,
  // Kirklees): scored unseen at 550684a (91.3%, 87.4%, 94.0%; 94.5%, 91.4%, 96.4% recipients aside) and at 201afe6 after this session's
  // rules, none written from them (91.2%, 86.8%, 94.0%); then one recipients rule checked on them.
  { name: 'held-out 44', pdfs: 'fixtures/real/holdout44/pdf', truth: 'fixtures/real/holdout44/truth', floor: 93 },
  { name: 'held-out 45', pdfs: 'fixtures/real/holdout45/pdf', truth: 'fixtures/real/holdout45/truth', floor: 89 },
  { name: 'held-out 46', pdfs: 'fixtures/real/holdout46/pdf', truth: 'fixtures/real/holdout46/truth', floor: 95 },
  // Sets 47-49 (Surrey PCC, MOPAC, Greenwich, Surrey fire; Folkestone, Hillingdon, East Sussex, Newcastle-under-Lyme, Chesterfield,
  // Eastleigh; Hammersmith & Fulham, GLA, Heritage Fund Wales, Vale of Glamorgan, South Lanarkshire, GMCA): scored unseen at c9ffc7c
  // (86.2%, 92.2%, 90.9%; 87.0%, 94.0%, 91.9% recipients aside), then used for this session's rules.
  { name: 'held-out 47', pdfs: 'fixtures/real/holdout47/pdf', truth: 'fixtures/real/holdout47/truth', floor: 96 },
  { name: 'held-out 48', pdfs: 'fixtures/real/holdout48/pdf', truth: 'fixtures/real/holdout48/truth', floor: 96 },
  { name: 'held-out 49', pdfs: 'fixtures/real/holdout49/pdf', truth: 'fixtures/real/holdout49/truth', floor: 90 },
  // Sets 50-52 (GMCA policing, Metropolitan Police Authority, MOPAC, Cleveland PCC; Chichester, St Edmundsbury, Waverley, High Peak,
  // Bolsover, Hambleton; Powys, Highland, City of London, Brent, West Sussex fire): kept unscored until after this session's rules,
  // none written from them, then scored unseen at 3ed4e91 (84.3%, 93.8%, 89.5%; 86.7%, 96.0%, 92.9% recipients aside); one
  // authority rule written from them since.
  { name: 'held-out 50', pdfs: 'fixtures/real/holdout50/pdf', truth: 'fixtures/real/holdout50/truth', floor: 85 },
  { name: 'held-out 51', pdfs: 'fixtures/real/holdout51/pdf', truth: 'fixtures/real/holdout51/truth', floor: 94 },
  { name: 'held-out 52', pdfs: 'fixtures/real/holdout52/pdf', truth: 'fixtures/real/holdout52/truth', floor: 91 },
  // Sets 53-55 and 59-61: scored unseen when committed (93.2/90.1/89.0 and 90.3/79.2/86.8), then rules written from them.
  // Sets 56-58 and 62-64: kept unscored while the session's first rules were written, scored unseen at c0b30ba (85.0/89.2/92.1,
  // 87.9/81.8/86.1), then rules written from them. Sets 65-67: kept unscored until the session's last rule, scored unseen at
  // 3c38ce9 (89.7/87.8/89.0); no rule written from them. Floors a little under today's figures (recipients aside).
  ...([[53, 98], [54, 95], [55, 93], [56, 87], [57, 89], [58, 92], [59, 93], [61, 92], [62, 91], [63, 85], [64, 91], [65, 92], [67, 90]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  { name: 'held-out 66', pdfs: 'fixtures/real/holdout66/pdf', truth: 'fixtures/real/holdout66/truth', floor: 88, scannedGap: 7 },
  // Sets 68-73 (PCCs and MOPAC, county records, London and metropolitan boroughs, combined/fire/national-park authorities,
  // district/town/parish grants, Welsh/Scottish/NI bodies): committed before any scoring, kept unscored until the session's
  // rules were written, scored unseen at 3749856 (87.0/86.2/88.7/92.1/89.5/84.7; 92.1/89.5/93.7/92.8/90.0/87.2 recipients
  // aside). One title rule written from set 71 since. Floors a little under today's figures (recipients aside).
  // Sets 74-76 (GMCA policing, MOPAC, LCR CA, Surrey PCC; Hampshire, Cambridge, Winchester, Sandwell, South Cambridgeshire;
  // Haringey, Southwark, Wirral, Neath Port Talbot, Cardiff): a second unseen check, committed before scoring, scored at
  // d1bc5f0 (88.4/93.1/91.2; 90.2/93.8/93.3 recipients aside; the session's first code: the same but 91.5 on set 76);
  // one check rule written from set 74 since.
  // Sets 77-82 (PCCs and MOPAC; county records of decision; London and metropolitan boroughs; combined and national-park
  // authorities; district and town grants; Welsh, Scottish, NI and unitary councils): committed before any scoring at 3327390,
  // kept unscored while the session's rules were written, scored unseen at 70050ec (87.3/90.8/93.3/93.1/94.9/87.3;
  // 89.0/94.9/94.2/93.8/97.1/90.4 recipients aside; the session's first code exactly the same); two rules checked on them since.
  // Sets 83-88 (PCCs; county-level and unitary records; London boroughs and the GLA; combined authorities, a national park and
  // a joint committee; district, parish and town grants; Welsh, Scottish, NI and unitary councils): committed before any
  // scoring at ec9e807, scored unseen at 4301b9a (89.5/95.5/91.4/89.3/89.3/92.3; 90.0/97.7/93.1/89.8/91.0/94.2 recipients
  // aside; the session's first code 88.7/95.5/91.4/89.3/89.0/92.3).
  // Sets 89-94 (PCCs and MOPAC; county and unitary records; London boroughs, City of London and the GLA; combined
  // authorities; district, town and parish grants; Scottish, Welsh and unitary councils): committed before any scoring at
  // 9b24fcb, scored unseen at 7956250 (85.6/89.2/93.7/92.7/80.9/90.1; 88.1/92.0/95.8/95.8/85.6/91.9 recipients aside; the
  // session's first code 85.6/89.2/92.5/92.1/79.2/89.0).
  // Sets 95-100 (PCCs, MOPAC and the MPA; county records; London boroughs and the GLA; combined authorities and joint
  // committees; district, parish and town grants; Welsh, Scottish, NI and metropolitan councils): committed before any scoring
  // at 875cd4d, scored unseen at 18fdc02 (91.4/93.9/90.2/91.5/83.8/87.0; 92.0/94.8/94.3/93.2/89.2/90.1 recipients aside; the
  // session's first code 91.9/93.3/90.2/91.0/83.8/87.0). Sets 101-106 (PCCs and MOPAC; county and unitary records; London
  // boroughs, City of London and the GLA; waste, fire and national park authorities; district, town and parish grants; Welsh,
  // Scottish, NI and metropolitan councils): committed before any scoring at 0acc8af, scored unseen at 5903318
  // (88.3/96.6/97.2/90.2/84.6/89.1; 89.3/98.8/98.2/90.7/89.0/90.7 recipients aside; the session's first code
  // 88.3/95.4/96.1/90.2/84.6/89.1).
  // Sets 107-112 (PCCs and MOPAC; county and unitary records; London boroughs and the GLA; combined authorities and a fire
  // authority; district, borough and parish councils; Welsh, Scottish and metropolitan councils): committed before any scoring
  // at d38e9b8, scored unseen at 8eb0135 (89.7/91.1/91.4/92.6/88.1/92.1; 91.4/95.5/94.3/93.3/88.7/94.0 recipients
  // aside; the session's first code the same), then one rule read from set 109.
  // Sets 113-118 (same six themes): committed before any scoring at ab0bf28/0d3b62b, scored unseen at the session's first code
  // (85.6/94.5/91.3/93.8/88.3/86.4: 89.9% together, 91.3% recipients aside), then used for diagnosis. Sets 119-124: committed at
  // 46371c3 before any scoring, scored unseen at d622792 (93.5/91.3/85.4/91.1/84.0/92.9; 95.4/91.8/88.0/92.3/86.5/93.6
  // recipients aside; the session's first code 93.5/91.8/84.2/91.1/84.0/92.9), then six rules read from them.
  // Sets 125-130: committed at 68c377c before any scoring, scored unseen with the session's first code (88.4/87.8/89.6/94.2/
  // 87.0/90.4: 89.6% together, 92.0% recipients aside), then used for diagnosis. Sets 131-136: committed at b3cc397 before any
  // scoring, scored unseen at 66401d6 (92.4/88.6/89.9/86.9/90.2/87.9: 89.3%, 91.0% recipients aside; the session's first
  // code the same), then the OCR row reading and no other rule drawn from them.
  // Sets 137-142 (same six themes, many minutes): committed at a88ea95 before any scoring, scored unseen at b37daf7
  // (93.5/88.8/87.7/83.5/78.4/82.5: 85.9%, 86.9% recipients aside; the session's first code the same), then minutes read as
  // items and other rules drawn from them. Sets 143-148 (mostly formal decision records): committed at 813c544 before any
  // scoring, scored unseen at d56b965 (94.0/93.7/93.7/96.9/95.7/94.2: 94.7%, 95.8% recipients aside; the session's first code
  // the same), then used for diagnosis. Sets 149-152: committed at d9a87d5 before any scoring, scored unseen at 9048626
  // (85.2/97.1/96.7/90.5: 92.4%, 93.8% recipients aside; the session's first code the same), then two rules read from 149.
  // Sets 153-154: committed at 227b911 before any scoring, scored unseen at e244aff (93.7/91.9: 92.8%, 95.3% recipients aside;
  // the session's first code 92.2%, 94.7%: one title rule reached one of their twelve decisions).
  // Sets 155-160: committed at fcba168 before any scoring, scored unseen with the session's first code and at ae17490 alike
  // (93.2/93.1/92.5/95.1/94.2/92.9: 93.5%, 95.4% recipients aside). Sets 161-166: committed at 6667d9e, scored unseen at
  // 5174330 (89.4/92.4/93.1/91.9/85.8/93.5: 91.1%; the session's first code the same). Sets 167-170: committed at 4d22ca9,
  // scored unseen at 5174330 (95.0/89.2/94.9/86.1: 91.2%; the session's first code 90.8%). Sets 171-173: committed at 88a3f6a,
  // scored unseen at cb17d46 (88.4/91.7/95.3: 91.8%, 93.6% recipients aside; the session's first code the same). Sets
  // 174-177: committed at 8762a5d, scored unseen at 418afff and with that session's first rules alike (95.6/88.5/85.6/89.1: 89.4%,
  // 91.0% recipients aside). Sets 178-181: committed at 988b877, scored unseen at b8a7167 (90.2/90.2/86.5/94.4: 90.3%, 92.2%
  // recipients aside; the session's first code 89.6%, 91.4%). Sets 182-185: committed at 345867e, scored unseen at ae333be
  // (86.6/83.1/94.5/93.1: 89.9%, 92.3% recipients aside; the session's first code 89.2%, 91.6%). Sets 186-189: committed at
  // f9490a7, scored unseen at c28e803 (87.1/89.3/97.8/79.7: 89.3%, 91.5%; first code 87.9%, 90.0%). Sets 190-193: committed at
  // bf1050b, scored unseen at 8e1e268 (92.7/91.5/95.6/76.6: 90.0%, 92.5%; first code 89.3%, 91.8%). Sets 194-197: committed at
  // 6751996, scored unseen at 536ae5d's parent with the motions rule in place (87.2/80.7/93.7/79.5: 85.2%, 86.6%; first code the
  // same). Sets 198-201: committed at d97401a, scored unseen at 921ab3a (90.6/93.2/87.9/90.7: 90.6%, 92.6%; first code the same).
  // Sets 202-205: committed at 87a1295, scored unseen at 14cc3dc (92.8/91.2/98.1/79.3: 90.4%, 91.7%; first code the same). Sets
  // 206-209: committed at acd0ddf, scored unseen at 3579abc (91.2/82.8/90.6/77.4: 85.4%, 86.2%; first code 85.2%, 85.9%). Sets
  // 210-213: committed at 1e92207, scored unseen at 48d6cf3 (85.5/94.5/87.9/91.1: 89.8%, 91.7%; first code 89.7%, 91.7%). Sets
  // 214-217: committed at ec721ee, scored unseen at 0480ce9 (93.9/85.5/81.4/91.2: 88.0%, 89.1%; first code 88.1%, 89.3%). Sets
  // 218-221: committed at dbef17e, scored unseen at dbef17e (96.7/83.9/94.9/87.8: 90.8%, 91.8%; first code 89.8%, 90.8%). Sets
  // 222-225: committed at 7846acd, scored unseen at 0256bc5 (97.8/87.4/93.4/93.5: 93.1%, 93.5%; first code 92.8%, 93.2%). Sets
  // 226-253 (seven batches of four, each committed before its one scoring; figures as scored, recipients aside in brackets):
  // 226-229 at 5b72188 (88.8%, 91.2%), 230-233 at 65e22c4 (90.8%, 93.0%), 234-237 at 2234198 (90.5%, 93.2%), 238-241 at eb0f21c
  // (91.3%, 93.2%), 242-245 at a514cb6 (89.0%, 90.3%), 246-249 at fe1b323 (88.3%, 89.3%), 250-253 at 8c77881 (87.3%, 89.5%; set
  // 252 holds two decisions). Each then used for diagnosis. Sets 254-261 (two batches committed at 9ae0cc6 and 083f1a4, scored
  // once at 9bc5b0a; no rule before it changed their records, the session's first code the same): 88.2%, 90.1%. Sets 262-265
  // (committed at 2d1b850, scored once at 61fcf0c): 86.9%, 88.5% (the session's first code 86.7%, 88.2%). Sets 266-270 (committed at
  // 23544a0, scored once at d67ff8e): 86.0%, 88.0%. Sets 271-275 (committed at ebde150, scored once at d2cb282; the session's first
  // code the same, no record changed): 87.1%, 89.4%. Sets 276-279 (committed at 29b29c5, scored once at 7a2b27d): 82.7%, 85.6%
  // (the session's first code 82.5%, 85.4%). Sets 280-284 (committed at db544a9, scored once at the session's first code 69147e8):
  // 86.0%, 87.2%. Sets 285-289 (committed at 530d1b6, scored once at 659fe9b): 90.3%, 90.7% (the session's first code the same).
  // Sets 290-293 (committed at 69b98e9, scored once at 794b452): 88.1%, 89.9% (the session's first code the same).
  ...([[95, 90], [96, 94], [97, 92], [98, 91], [99, 87], [100, 88], [101, 87], [102, 96], [103, 96], [104, 88], [105, 87], [106, 88], [107, 89], [108, 93], [109, 93], [110, 91], [111, 86], [112, 92], [113, 89], [114, 93], [115, 93], [116, 92], [117, 91], [118, 91], [119, 94], [120, 92], [121, 87], [122, 91], [123, 85], [124, 92], [125, 91], [126, 91], [127, 92], [128, 95], [129, 91], [130, 91], [131, 93], [132, 90], [133, 90], [134, 86], [135, 91], [136, 89], [137, 96], [138, 89], [139, 90], [140, 84], [141, 85], [142, 82], [143, 97], [144, 93], [145, 91], [146, 96], [147, 95], [148, 94], [149, 86], [150, 96], [151, 96], [152, 90], [153, 93], [154, 93], [155, 94], [156, 96], [157, 96], [158, 96], [159, 96], [160, 94], [161, 92], [162, 98], [163, 94], [164, 92], [165, 85], [166, 97], [167, 95], [168, 89], [169, 94], [170, 89], [171, 87], [172, 92], [173, 97], [174, 97], [175, 93], [176, 91], [177, 92], [178, 94], [179, 94], [180, 88], [181, 97], [182, 87], [184, 94], [185, 95], [186, 92], [187, 91], [188, 97], [189, 84], [190, 94], [191, 95], [192, 95], [193, 80], [194, 90], [195, 80], [196, 94], [197, 81], [198, 92], [199, 94], [200, 93], [201, 92], [202, 93], [203, 90], [204, 97], [205, 83], [206, 90], [207, 80], [209, 83], [210, 86], [211, 96], [212, 87], [213, 92], [214, 93], [215, 86], [216, 85], [217, 90], [218, 96], [219, 85], [220, 95], [221, 87], [222, 97], [223, 87], [224, 93], [225, 92], [226, 96], [227, 91], [228, 88], [229, 93], [230, 98], [231, 94], [232, 85], [233, 92], [234, 87], [235, 97], [236, 88], [237, 97], [238, 89], [239, 97], [240, 96], [241, 88], [242, 84], [243, 90], [244, 93], [245, 89], [246, 83], [247, 89], [248, 88], [249, 92], [250, 82], [251, 91], [252, 87], [253, 91], [254, 79], [255, 93], [256, 96], [257, 88], [258, 84], [259, 89], [260, 85], [261, 96], [262, 81], [263, 94], [264, 91], [265, 86], [266, 84], [267, 89], [268, 89], [269, 87], [270, 87], [271, 79], [272, 91], [273, 93], [274, 91], [275, 83], [276, 79], [277, 90], [278, 88], [279, 87], [280, 92], [281, 89], [282, 80], [283, 84], [284, 84], [285, 90], [286, 89], [287, 90], [288, 88], [289, 85], [290, 93], [291, 92], [292, 89]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  ...([[68, 90], [69, 87], [70, 91], [71, 91], [72, 88], [73, 85], [74, 89], [75, 91], [76, 91], [77, 87], [78, 93], [79, 92], [80, 92], [81, 95], [82, 88], [83, 89], [84, 96], [85, 92], [86, 88], [87, 90], [88, 93], [89, 87], [90, 91], [91, 95], [92, 95], [93, 84], [94, 91]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  { name: 'held-out 23', pdfs: 'fixtures/real/holdout23/pdf', truth: 'fixtures/real/holdout23/truth', floor: 85 },
  // Set 293: the rough copy of Saltash's virement minute loses its £3,000 to OCR (that paper 100% digital, 69% rough; set digital 82.9%, scanned and rough 76.3%).
  { name: 'held-out 293', pdfs: 'fixtures/real/holdout293/pdf', truth: 'fixtures/real/holdout293/truth', floor: 77, scannedGap: 8 },
  // Sets 294-297 (committed at 202ea00, scored once at the session's first code 69b39f2): 90.6%, 92.6% recipients aside (the
  // list rules of 31f86ab the same, record for record); two money rules were then written from them.
  ...([[294, 97], [295, 90], [296, 99], [297, 89]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 298-301 (committed at 941c711, scored once at the session's first code fe009e9): 84.6%, 86.9% recipients aside (nine of
  // nineteen truths print no title, which the scorer cannot match); no rule was written from them.
  ...([[298, 84], [299, 89], [300, 78], [301, 77]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 302-305 (committed at 9039441, scored once at the session's first code b028f23): 85.0%, 86.1% recipients aside; rules were
  // then written from them. Sets 306-308 (committed at 3da9ae0): 87.5% at b028f23 and at 53328c4, before any rule was written from
  // them (89.0% recipients aside). Sets 309-311 (committed at a4f51bd, scored once at f36d80f, before the last two rules): 86.9%,
  // 89.1% recipients aside. Floors a point under each set's score at f36d80f.
  // Sets 312-313 (committed at ea86d93, scored once at a9990d5, the session's last rule): 89.5%, 90.5% recipients aside, as at b028f23.
  ...([[302, 95], [303, 96], [304, 77], [305, 84], [306, 85], [307, 94], [308, 84], [309, 85], [310, 81], [311, 96], [312, 87], [313, 91]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 314-316 (committed at e9ee34b, scored at 4ac1d9a, the last session's code): 87.5%, 89.1% recipients aside; rules were then
  // written from them. Sets 317-319 (committed at 3b37d44, scored at 4ac1d9a and at 3f680311 with the session's rules until then):
  // 91.4% both times, 91.6% recipients aside; rules were written from them afterwards. Floors a point or so under each set at 51c54160 (recipients aside: 94.5, 100, 76.3, 92.9, 92.4, 93.0).
  ...([[314, 93], [315, 99], [316, 75], [317, 91], [318, 91], [319, 92]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 320-328: three batches scored once unseen each (320-322 at 9cc586da, 323-325 at e4b843c7, 326-328 at 6b0639ee: docs/accuracy.md),
  // then used for diagnosis; floors a point or so under their scores at 882ed0b5 (recipients aside).
  ...([[320, 93], [321, 97], [322, 86], [323, 88], [324, 97], [325, 87], [326, 85], [327, 86], [328, 80]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 329-343: five batches scored once unseen each (329-331 at 0de80aa1: 92.0%, 93.3% recipients aside; 332-334 at 0de80aa1
  // and with the session's first nine rules: 93.6% both times; 335-337 at 0de80aa1 and at 2b614f59: 84.9% both times; 338-340 at
  // 0de80aa1, 2b614f59 and fa8b68f0: 87.0% each time; 341-343 at 0de80aa1 and 6f12c596: 88.6% both times), then used for
  // diagnosis; floors a point or so under their scores at the session's end (recipients aside).
  ...([[329, 91], [330, 95], [331, 98], [332, 98], [333, 94], [334, 91], [335, 86], [336, 83], [337, 95], [338, 85], [339, 90], [340, 93], [341, 95], [342, 85], [343, 95]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 344-364: seven batches scored once unseen each at d0ec49df (344-346 89.3%, 347-349 84.1%, 350-352 87.6%, 353-355 94.6%,
  // 356-358 86.9%, 359-361 83.1%, 362-364 87.5%) and again with every rule written before each was read (no record changed but one
  // of 362-364's), then used for diagnosis; floors a point or so under their scores at 049de707 (recipients aside). Sets 350 and 352
  // lose more to OCR on their scans (a rough GMCA listing's contract value, a rough town council's banner: digital 98.3 / 91.6%,
  // scanned and rough 88.5 / 82.1%).
  ...([[344, 87], [345, 94], [346, 89], [347, 78], [348, 85], [349, 92], [351, 91], [353, 95], [354, 96], [355, 96], [356, 94], [357, 77], [358, 98], [359, 86], [360, 89], [361, 77], [362, 90], [363, 86], [364, 86]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  { name: 'held-out 350', pdfs: 'fixtures/real/holdout350/pdf', truth: 'fixtures/real/holdout350/truth', floor: 92, scannedGap: 11 },
  { name: 'held-out 352', pdfs: 'fixtures/real/holdout352/pdf', truth: 'fixtures/real/holdout352/truth', floor: 85, scannedGap: 11 },
  // Sets 365-367: scored once unseen at d0ec49df (82.7%, 85.9% recipients aside) and at 54f04843, every rule of the session
  // (84.0%, 87.3%: a news story's reported decision counted, 8 records up, none down); floors a point or so under the latter.
  ...([[365, 94], [366, 85], [367, 80]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 368-373: two batches scored once unseen at c58ca82c (368-370 86.5%, 87.9% recipients aside; 371-373 84.0%, 86.8%) and
  // again with every rule written before each was read (368-370 unchanged; 371-373 unchanged), then used for diagnosis; floors a
  // point or two under their scores at the session's end (recipients aside: 92.9, 88.6, 84.5, 85.0, 87.7, 87.3).
  ...([[368, 91], [369, 87], [370, 83], [371, 83], [372, 86], [373, 85]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 374-376: scored once unseen at c58ca82c (87.9%, 89.4% recipients aside) and with every rule of the session written before
  // they were read (unchanged), then used for diagnosis (a call-in deadline is no deadline: 374's false late-decision flag);
  // floors a point or two under their scores at the session's end (recipients aside: 88.4, 86.6, 95.8).
  ...([[374, 87], [375, 85], [376, 94]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 377-379: scored once unseen at 1c7798da (85.1%, 85.7% recipients aside; no rule written before they were read changed a
  // record), then used for diagnosis; floors a point or two under their scores at the session's end (recipients aside: 90.7, 90.1, 79.7).
  ...([[377, 89], [378, 88], [379, 77]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 380-382: scored once unseen at 1c7798da (86.7%, 90.6% recipients aside) and with every rule of the session written before
  // they were read (no record changed), then used for diagnosis; floors a point or two under their scores at the session's end (recipients aside: 95.0, 95.0, 83.3).
  ...([[380, 92], [381, 93], [382, 81]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 383-385: scored once unseen at 2c6744a4 (82.0%, 85.1% recipients aside; the rules written before them changed no record);
  // sets 386-388: scored once unseen at 2c6744a4 (80.2%, 82.4%) and with every rule of the session written before they were read
  // (80.3%: one recipient named whole, "Shrewsbury Repair Café"); then all six used for diagnosis. Floors a point or two under
  // their scores at the session's end (recipients aside: 87.1, 91.8, 79.0, 89.2, 74.9, 91.8).
  ...([[383, 85], [384, 90], [385, 77], [386, 87], [387, 73], [388, 90]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 389-391: scored once unseen at ebec6886 (89.0%, 91.0% recipients aside; digital 91.7, scanned and rough 90.2), then used
  // for diagnosis; floors a point or two under their scores at the session's end (recipients aside: 96.6, 89.9, 94.9).
  // (390's rough Heritage Fund schedule loses a "Decision" label to the box rules a rough scan draws over it, and with it an award,
  // its recipient and the headline: digital 93.1, scanned and rough 86.6.)
  ...([[389, 95], [390, 86], [391, 93]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor, ...(n === 390 ? { scannedGap: 8 } : {}) })),
  // Sets 392-394: scored once unseen at ebec6886 (92.9%, 94.4% recipients aside; digital 95.9, scanned and rough 92.8) and with
  // the rules of fb37a948 written before they were read (no score changed), then used for diagnosis; floors a point or two under
  // their scores at the session's end (recipients aside: 96.6, 97.4, 95.4).
  // (392's scanned GMCA decision reads its boxed items' first words garbled, and its rough Peterborough notice loses the title's
  // second line and reference: digital 100, scanned and rough 93.1.)
  ...([[392, 93], [393, 95], [394, 93]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor, ...(n === 392 ? { scannedGap: 8 } : {}) })),
  // Sets 395-397 (committed at a5107a14): scored once unseen at 0acb5ca5 (90.5%, 92.1% recipients aside; digital 93.4, scanned and
  // rough 90.8), then used for diagnosis; floors a point or two under their scores at the session's end (recipients aside: 94.5, 95.7, 94.9).
  ...([[395, 92], [396, 93], [397, 92]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 398-400 (committed at d34d5519): scored once unseen at 0acb5ca5 (89.9%, 93.3% recipients aside; digital and scanned or rough
  // both 93.3) and with the rules of 6b2685ac written before they were read (no record changed), then used for diagnosis; floors a
  // point or two under their scores at the session's end (recipients aside: 95.7, 100, 91.1).
  ...([[398, 94], [399, 98], [400, 89]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 401-402 (committed at a82fe84e): scored once unseen at 0acb5ca5 (86.0%, 88.0% recipients aside; digital 89.0, scanned and
  // rough 86.9) and with the rules of c7848ca9 written before they were read (87.6%, 88.8%), then used for diagnosis; floors a point
  // or two under their scores at the session's end (recipients aside: 91.9, 94.4).
  ...([[401, 90], [402, 92]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 403-405 (committed at 81c7162a): scored once unseen at af8b5ca9 (86.5%, 89.4% recipients aside; digital 89.7, scanned and
  // rough 89.1), then used for diagnosis; floors a point or two under their scores with the rules written from them (recipients
  // aside: 97.3, 87.9, 93.5).
  ...([[403, 95], [404, 86], [405, 92]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 406-408 (committed at 650e18a4): scored once unseen at af8b5ca9 (77.1%, 81.4% recipients aside; digital 81.5, scanned and
  // rough 81.3) and with the rules written before they were read (no record changed), then used for diagnosis; floors a point or two
  // under their scores with the rules written from them (recipients aside: 85.8, 82.1, 80.2).
  ...([[406, 84], [407, 80], [408, 78]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 409-412 (committed at 18190daa): scored once unseen at a4507f66 (84.2%, 87.0% recipients aside; digital 87.5, scanned and
  // rough 86.4) and with the rules written from 403-408 before they were read (no record changed), then used for diagnosis.
  // Sets 413-415 (committed at 1a6d49cd): scored once unseen at a4507f66 (81.8%, 86.1%; digital and scanned or rough 86.1) and with
  // every rule written from 403-412 before they were read (81.7%, 85.8%: one news release's award sentences counted where its truth
  // counts its total), then used for diagnosis. Floors a point or two under their scores at the session's end (recipients aside:
  // 96.6, 80.8, 90.1, 89.4, 84.7, 84.8, 90.8).
  ...([[409, 95], [410, 79], [411, 88], [412, 88], [413, 83], [414, 83], [415, 89]] as const).map(([n, floor]) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor })),
  // Sets 60 and 208: their digital copies now read the list markers a browser drew (burnham 78% -> 87%, sheffield 94% -> 100%, the
  // same records as their scans), which widens gaps their other papers' OCR already left (sheffield's rough electrical upgrade 90%).
  { name: 'held-out 60', pdfs: 'fixtures/real/holdout60/pdf', truth: 'fixtures/real/holdout60/truth', floor: 83, scannedGap: 7 },
  { name: 'held-out 208', pdfs: 'fixtures/real/holdout208/pdf', truth: 'fixtures/real/holdout208/truth', floor: 90, scannedGap: 7 },
  // Set 183: its rough Dumfries minute and scanned Argyll minute lose a banner line and a list's markers to OCR (digital 93.5%, scanned and rough 86.0%).
  { name: 'held-out 183', pdfs: 'fixtures/real/holdout183/pdf', truth: 'fixtures/real/holdout183/truth', floor: 88, scannedGap: 8 },
  // Set 17: scored once unseen at 65cc174 (89.2%; 91.1% recipients aside); no rule written from it.
  { name: 'held-out 17', pdfs: 'fixtures/real/holdout17/pdf', truth: 'fixtures/real/holdout17/truth', floor: 87 },
  // Set 16: scored once unseen at 8e28dfe (95.9%; 97.4% recipients aside); no rule written from it.
  { name: 'held-out 16', pdfs: 'fixtures/real/holdout16/pdf', truth: 'fixtures/real/holdout16/truth', floor: 92 },
  // Set 15: scored once unseen at 14a3a72 (90.1%; 92.1% recipients aside); no rule written from it.
  { name: 'held-out 15', pdfs: 'fixtures/real/holdout15/pdf', truth: 'fixtures/real/holdout15/truth', floor: 88 },
  // Set 14: scored once unseen at 3e7a810 (89.2%; 92.0% recipients aside); no rule written from it.
  { name: 'held-out 14', pdfs: 'fixtures/real/holdout14/pdf', truth: 'fixtures/real/holdout14/truth', floor: 88 },
  // Set 13: scored once unseen at dcc30bd (93.8%; 95.1% recipients aside); no rule written from it.
  { name: 'held-out 13', pdfs: 'fixtures/real/holdout13/pdf', truth: 'fixtures/real/holdout13/truth', floor: 90 },
  // Set 12: scored once unseen at 4a73982 (86.9%; 90.2% recipients aside), then used for diagnosis.
  { name: 'held-out 12', pdfs: 'fixtures/real/holdout12/pdf', truth: 'fixtures/real/holdout12/truth', floor: 86 },
  ...[10, 11].map((n) => ({ name: `held-out ${n}`, pdfs: `fixtures/real/holdout${n}/pdf`, truth: `fixtures/real/holdout${n}/truth`, floor: 88 })),
];

const truthsOf = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Truth);

describe('golden records of real decisions (fixtures/real)', () => {
  const byFile = new Map<string, DecisionRecord>();
  beforeAll(async () => {
    const db = join(tempDir(), 'real.db');
    const inputs = [...new Set(SETS.map((s) => join(ROOT, s.pdfs)))];
    await ingest({ inputs, db, engine: replayEngine() });
    withDb(openDbReadOnly(db), (d) => {
      for (const r of readRecords(d)) byFile.set(r.file.split('/').pop()!, r);
    });
    // (Ingesting the ~4,200 labelled PDFs with replayed OCR takes 11-15 minutes on an idle two-core machine, near twenty when the
    // machine is busy: the hook is given forty, well inside CI's ninety.)
  }, 2_400_000);

  describe.each(SETS.map((s) => [s.name, s] as const))('%s set', (_name, set) => {
    const truths = truthsOf(set.truth);
    const scoreOf = (ts: Truth[]) => total(ts.map((t) => scoreRecord(byFile.get(t.file), t)));

    it('has a record for every labelled PDF', () => {
      expect(truths.filter((t) => !byFile.has(t.file)).map((t) => t.file)).toEqual([]);
    });

    it(`scores at least its floor overall`, () => {
      const { percent, fields } = scoreOf(truths);
      expect(percent, [...fields].map(([f, p]) => `${f} ${p.toFixed(0)}%`).join(', ')).toBeGreaterThanOrEqual(set.floor);
    });

    it('reads scanned and rough copies nearly as well as digital ones', () => {
      const digital = scoreOf(truths.filter((t) => t.file.includes('.digital.'))).percent;
      const scanned = scoreOf(truths.filter((t) => !t.file.includes('.digital.'))).percent;
      expect(digital - scanned).toBeLessThanOrEqual(set.scannedGap ?? 6);
    });
  });
});
