/**
 * Ischaemia: pain from muscle starved of blood, one of the principles of neuromuscular therapy. Sustained contraction
 * squeezes a muscle's own vessels; a tight fascial compartment or a narrowed artery does the same from outside.
 * Intermittent claudication is here to be told apart from trigger point pain: it is a red flag in itself.
 */
import type { Condition } from '../schema'

export const ISCHEMIA_CONDITIONS = [
  {
    id: 'ischemic-muscle-pain',
    name: 'Ischaemic muscle pain after sustained contraction',
    synonyms: ['ischaemic muscle pain', 'ischemic muscle pain', 'muscle ischemia', 'static overload pain', 'pain from holding a posture'],
    category: 'ischemia',
    description:
      'A burning, aching muscle after holding one position or one effort for a long time: a phone between ear and shoulder, a mouse hand, clenched teeth, standing on tiptoe. ' +
      'A muscle that stays contracted presses on its own small vessels, so waste builds up and oxygen runs short; the ache eases when the muscle relaxes and blood returns. ' +
      'Repeated, this local ischaemia is thought to help create and sustain trigger points, which is why breaks, changes of position and ischaemic compression followed by refilling with blood are part of the treatment.',
    muscles: ['trapezius-upper', 'trapezius-middle', 'levator-scapulae', 'masseter', 'temporalis', 'extensor-carpi-radialis-brevis', 'extensor-digitorum', 'flexor-digitorum-superficialis', 'gastrocnemius-medial', 'gastrocnemius-lateral', 'soleus'],
    redFlags: [
      'Chest, jaw, neck or arm pain that comes on with effort and eases with rest (possible angina): see a doctor, and call emergency services if it lasts or comes at rest.',
      'Muscle pain with dark, cola-coloured urine after very hard exercise, a crush or a long time lying on the floor (possible muscle breakdown): get urgent care.',
      'A limb that turns pale, cold, numb or weak.',
    ],
    source: { ref: 'chaitow-delany-v1', locator: 'neuromuscular therapy principles: ischaemia; also Travell & Simons v1 ch. 2 (energy crisis)' },
  },
  {
    id: 'chronic-exertional-compartment-syndrome',
    name: 'Chronic exertional compartment syndrome',
    synonyms: ['compartment syndrome', 'compartment pressure', 'exertional compartment syndrome', 'CECS', 'tight shins when running'],
    category: 'ischemia',
    description:
      'Aching, tightness or burning in one compartment of the lower leg that builds up at a predictable time or distance into exercise and fades within minutes to an hour of stopping. ' +
      'The muscles swell with exercise inside a fascial sheath that does not stretch, the pressure rises and blood flow falls; numbness on the top of the foot or a weak, slapping foot can follow. ' +
      'Trigger points in the same muscles (tibialis anterior, the toe extensors, the fibulars, the soleus) give similar pain, and the pressure is what tells them apart.',
    muscles: ['tibialis-anterior', 'extensor-digitorum-longus', 'fibularis-longus', 'soleus', 'gastrocnemius-medial', 'gastrocnemius-lateral'],
    redFlags: [
      'Severe pain in a tense, swollen leg or forearm after an injury, a fracture or a tight cast, worse on stretching the toes or fingers (acute compartment syndrome): call emergency services.',
      'Pain that no longer settles with rest, or numbness and weakness that persist after exercise.',
      'A foot that drops or slaps.',
    ],
    source: { ref: 'tucker-2010', locator: 'presentation and differential diagnosis' },
  },
  {
    id: 'intermittent-claudication',
    name: 'Intermittent claudication (poor circulation)',
    synonyms: ['claudication', 'peripheral artery disease', 'PAD', 'calf pain when walking', 'vascular claudication'],
    category: 'ischemia',
    description:
      'Cramping pain in the calf, thigh or buttock that comes on after walking a fairly constant distance and goes away within minutes of standing still. ' +
      'It means the arteries to the leg are narrowed and the working muscles run short of blood; it is a sign of arterial disease, not a muscle problem, and needs a doctor. ' +
      'Calf and gluteal trigger points can ache with walking too, but they are tender to press and the pain does not follow a walking distance so exactly.',
    muscles: ['gastrocnemius-medial', 'gastrocnemius-lateral', 'soleus', 'gluteus-maximus', 'gluteus-medius'],
    redFlags: [
      'Calf, thigh or buttock pain that comes on with walking and eases with standing still: see a doctor about your circulation.',
      'Pain in the foot at rest or at night that eases when the leg hangs down, wounds that do not heal, or a cold, pale or bluish foot.',
      'A suddenly cold, pale, painful, numb leg (blocked artery): call emergency services.',
    ],
    source: { ref: 'aha-acc-pad-2016', locator: 'history and physical examination; classic claudication' },
  },
] as const satisfies readonly Condition[]
