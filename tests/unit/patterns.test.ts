/**
 * Well-known referred-pain patterns (Travell & Simons, Trigger Point Manual vols 1–2, the pain guides and the muscle
 * chapters) checked against the REAL dataset through the whole "Where does it hurt?" path: words → area → ranking.
 * Each row names muscles that must be among the first `top` muscles for pain in that one place.
 *
 * Rows in KNOWN_GAPS state what the literature says but the data does not (yet); they are kept strict and run with
 * `it.fails`, so they turn red the day the data is fixed and can move to PATTERNS.
 */
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import { resolveArea } from '../../src/domain/body-areas'
import { groupByMuscle, rankTriggerPoints } from '../../src/domain/ranking'

interface Pattern {
  readonly place: string
  readonly muscles: readonly string[]
  readonly top: number
  /** Where in Travell & Simons. */
  readonly ref: string
}

const PATTERNS: readonly Pattern[] = [
  // ── head and neck (vol. 1) ──
  { place: 'temple', muscles: ['temporalis', 'trapezius-upper'], top: 5, ref: 'v1 ch. 6, 9; temporal headache' },
  // Top 10: the four suboccipitals, one group in T&S, take four places ahead of it.
  { place: 'temple', muscles: ['sternocleidomastoid-sternal'], top: 10, ref: 'v1 ch. 7; temporal headache guide lists SCM (sternal)' },
  { place: 'temple', muscles: ['semispinalis-capitis'], top: 5, ref: 'v1 ch. 16; temporal headache' },
  { place: 'back of the head', muscles: ['semispinalis-capitis', 'trapezius-upper', 'sternocleidomastoid-sternal'], top: 5, ref: 'v1 ch. 6, 7, 16; occipital headache' },
  { place: 'behind the eye', muscles: ['sternocleidomastoid-sternal'], top: 3, ref: 'v1 ch. 7; eye and eyebrow pain' },
  { place: 'top of the head', muscles: ['splenius-capitis', 'sternocleidomastoid-sternal'], top: 3, ref: 'v1 ch. 7, 15; vertex headache' },
  { place: 'forehead', muscles: ['sternocleidomastoid-clavicular', 'semispinalis-capitis'], top: 3, ref: 'v1 ch. 7, 16; frontal headache' },
  { place: 'upper teeth', muscles: ['temporalis', 'masseter'], top: 3, ref: 'v1 ch. 8, 9; maxillary toothache' },
  { place: 'earache', muscles: ['masseter', 'sternocleidomastoid-clavicular'], top: 3, ref: 'v1 ch. 7, 8; ear pain' },
  { place: 'TMJ', muscles: ['lateral-pterygoid'], top: 3, ref: 'v1 ch. 11; TMJ pain' },
  { place: 'TMJ', muscles: ['medial-pterygoid'], top: 5, ref: 'v1 ch. 10; pain below and behind the TMJ' },
  { place: 'earache', muscles: ['medial-pterygoid'], top: 3, ref: 'v1 ch. 10; ear pain' },
  { place: 'lower teeth', muscles: ['digastric-anterior', 'masseter'], top: 3, ref: 'v1 ch. 8, 12; lower incisor and molar pain' },
  { place: 'sore throat', muscles: ['medial-pterygoid', 'digastric-posterior'], top: 5, ref: 'v1 ch. 10, 12; throat pain' },
  { place: 'under the jaw', muscles: ['digastric-posterior', 'infrahyoids'], top: 5, ref: 'v1 ch. 12; anterior neck pain' },
  { place: 'cheek', muscles: ['lateral-pterygoid'], top: 10, ref: 'v1 ch. 11; cheek and maxillary pain' },
  { place: 'forehead', muscles: ['frontalis'], top: 5, ref: 'v1 ch. 14; frontal headache' },
  { place: 'back of the head', muscles: ['occipitalis', 'semispinalis-cervicis'], top: 10, ref: 'v1 ch. 14, 16; occipital headache' },
  { place: 'behind the eye', muscles: ['splenius-cervicis'], top: 3, ref: 'v1 ch. 15; eye pain' },
  { place: 'back of the neck', muscles: ['semispinalis-cervicis', 'splenius-cervicis'], top: 5, ref: 'v1 ch. 15, 16; posterior neck pain' },
  { place: 'behind the ear', muscles: ['longissimus-capitis'], top: 10, ref: 'v1 ch. 16; pain behind the ear' },
  // ── shoulder, arm, trunk (vol. 1) ──
  { place: 'front of the shoulder', muscles: ['infraspinatus'], top: 5, ref: 'v1 ch. 22; anterior shoulder pain' },
  { place: 'front of the shoulder', muscles: ['deltoid-anterior', 'pectoralis-major'], top: 5, ref: 'v1 ch. 28, 42' },
  // Top 6: anconeus, which refers only to the epicondyle, ranks ahead of brachioradialis, whose epicondyle zone is spillover.
  { place: 'outer elbow', muscles: ['supinator', 'extensor-carpi-radialis-longus', 'brachioradialis'], top: 6, ref: 'v1 ch. 34, 36; lateral epicondylar pain' },
  { place: 'outer elbow', muscles: ['anconeus'], top: 10, ref: 'v1 ch. 32; anconeus refers to the lateral epicondyle' },
  { place: 'between the shoulder blades', muscles: ['rhomboid-major', 'trapezius-middle'], top: 5, ref: 'v1 ch. 6, 27; mid-thoracic back pain' },
  { place: 'thumb', muscles: ['brachioradialis', 'brachialis'], top: 5, ref: 'v1 ch. 31, 34; thumb pain' },
  { place: 'thumb', muscles: ['adductor-pollicis', 'opponens-pollicis', 'flexor-pollicis-longus'], top: 10, ref: 'v1 ch. 38, 39; thumb pain' },
  { place: 'index finger', muscles: ['dorsal-interossei-hand'], top: 3, ref: 'v1 ch. 40; first dorsal interosseous, index finger pain' },
  { place: 'little finger', muscles: ['abductor-digiti-minimi-hand', 'flexor-digitorum-profundus', 'palmar-interossei-hand'], top: 10, ref: 'v1 ch. 38, 40; little-finger pain' },
  { place: 'front of the wrist', muscles: ['flexor-carpi-ulnaris', 'pronator-teres', 'opponens-pollicis'], top: 10, ref: 'v1 ch. 38, 39; volar wrist pain' },
  { place: 'back of the wrist', muscles: ['extensor-carpi-ulnaris', 'extensor-indicis'], top: 10, ref: 'v1 ch. 34, 35; dorsal wrist pain' },
  { place: 'front of the shoulder', muscles: ['coracobrachialis'], top: 10, ref: 'v1 ch. 29; anterior shoulder pain' },
  // ── low back, hip, leg (vol. 2 and vol. 1 ch. 48) ──
  { place: 'shoulder blade', muscles: ['serratus-posterior-superior'], top: 3, ref: 'v1 serratus posterior superior; scapular pain' },
  { place: 'little finger', muscles: ['serratus-posterior-superior'], top: 10, ref: 'v1 serratus posterior superior; ulnar hand pain' },
  { place: 'flank', muscles: ['serratus-posterior-inferior'], top: 3, ref: 'v1 serratus posterior inferior; lower thoracic back pain' },
  { place: 'mid back', muscles: ['iliocostalis-thoracis', 'rotatores'], top: 5, ref: 'v1 ch. 48; mid-thoracic back pain' },
  { place: 'side of the ribs', muscles: ['intercostals', 'diaphragm'], top: 5, ref: 'v1 intercostals and diaphragm; lateral chest pain' },
  { place: 'sternum', muscles: ['sternalis'], top: 3, ref: 'v1 sternalis; sternal pain' },
  { place: 'upper abdomen', muscles: ['internal-oblique', 'transversus-abdominis'], top: 10, ref: 'v1 ch. 49; epigastric pain' },
  { place: 'lower abdomen', muscles: ['pyramidalis', 'internal-oblique'], top: 10, ref: 'v1 ch. 49; lower abdominal pain' },
  { place: 'groin', muscles: ['internal-oblique'], top: 10, ref: 'v1 ch. 49; groin pain' },
  { place: 'low back', muscles: ['iliocostalis-thoracis'], top: 5, ref: 'v1 ch. 48; low back pain (T11 level)' },
  { place: 'low back', muscles: ['quadratus-lumborum', 'longissimus-thoracis', 'multifidus'], top: 5, ref: 'v1 ch. 48; v2 ch. 4; low back pain' },
  { place: 'buttock', muscles: ['gluteus-medius', 'quadratus-lumborum'], top: 5, ref: 'v2 ch. 4, 8; buttock pain' },
  { place: 'buttock', muscles: ['piriformis'], top: 10, ref: 'v2 ch. 10; listed after five others in the buttock pain guide' },
  { place: 'coccyx', muscles: ['coccygeus', 'levator-ani'], top: 5, ref: 'v2 pelvic floor muscles; coccygodynia' },
  { place: 'perineum', muscles: ['levator-ani', 'obturator-internus'], top: 5, ref: 'v2 pelvic floor; obturator internus' },
  { place: 'genitals', muscles: ['bulbospongiosus'], top: 3, ref: 'v2 pelvic floor muscles; perineal and genital pain' },
  { place: 'groin', muscles: ['pectineus', 'adductor-brevis'], top: 10, ref: 'v2 pectineus; adductors of the hip; groin pain' },
  { place: 'inner thigh', muscles: ['adductor-brevis', 'pectineus'], top: 10, ref: 'v2 adductors of the hip, pectineus; medial thigh pain' },
  { place: 'back of the thigh', muscles: ['quadratus-femoris'], top: 10, ref: 'v2 short lateral rotators; posterior thigh pain' },
  { place: 'sacroiliac joint', muscles: ['quadratus-lumborum', 'gluteus-medius'], top: 5, ref: 'v2 ch. 4, 8; sacral pain' },
  { place: 'outer hip', muscles: ['gluteus-medius', 'gluteus-minimus', 'quadratus-lumborum'], top: 5, ref: 'v2 ch. 4, 8, 9; lateral hip pain' },
  { place: 'outer thigh', muscles: ['gluteus-minimus', 'vastus-lateralis'], top: 5, ref: 'v2 ch. 9, 14; lateral thigh pain' },
  { place: 'inner knee', muscles: ['vastus-medialis', 'gracilis'], top: 5, ref: 'v2 ch. 14, 15; medial knee pain' },
  { place: 'kneecap', muscles: ['rectus-femoris', 'vastus-medialis'], top: 5, ref: 'v2 ch. 14; anterior knee pain' },
  { place: 'back of the knee', muscles: ['biceps-femoris', 'gastrocnemius-lateral'], top: 5, ref: 'v2 ch. 16, 21; posterior knee pain' },
  { place: 'shin', muscles: ['tibialis-anterior'], top: 5, ref: 'v2 ch. 19; anterior leg pain' },
  { place: 'calf', muscles: ['gastrocnemius-lateral', 'soleus'], top: 5, ref: 'v2 ch. 21, 22; calf pain' },
  { place: 'heel', muscles: ['soleus'], top: 2, ref: 'v2 ch. 22; heel pain' },
  { place: 'outer ankle', muscles: ['fibularis-longus'], top: 2, ref: 'v2 ch. 20; lateral ankle pain' },
  { place: 'arch of the foot', muscles: ['gastrocnemius-medial'], top: 3, ref: 'v2 ch. 21; instep pain' },
  // ── places named by their bones and their everyday names ──
  { place: 'iliac crest', muscles: ['quadratus-lumborum', 'gluteus-medius'], top: 3, ref: 'v2 ch. 4, 8; along the crest of the ilium' },
  { place: 'greater trochanter', muscles: ['quadratus-lumborum', 'tensor-fasciae-latae'], top: 5, ref: 'v2 ch. 4, 12; trochanteric pain' },
  { place: 'inner border of the shoulder blade', muscles: ['rhomboid-major', 'scalenus-anterior'], top: 5, ref: 'v1 ch. 20, 27; vertebral border of the scapula' },
  { place: 'web of the thumb', muscles: ['brachioradialis', 'brachialis', 'supinator'], top: 5, ref: 'v1 ch. 31, 34, 36; thumb web' },
  // Top 8: the hand and forearm muscles that refer to the ulnar border (flexor and extensor carpi ulnaris, abductor digiti minimi) rank first.
  { place: 'little-finger side of the hand', muscles: ['latissimus-dorsi', 'serratus-anterior'], top: 8, ref: 'v1 ch. 24, 46; ulnar hand' },
  { place: 'front of the elbow', muscles: ['brachialis', 'biceps-brachii'], top: 5, ref: 'v1 ch. 30, 31; antecubital pain' },
  { place: 'upper front teeth', muscles: ['temporalis'], top: 3, ref: 'v1 ch. 9; upper incisors' },
  { place: 'TMJ', muscles: ['masseter', 'temporalis'], top: 3, ref: 'v1 ch. 8, 9; TMJ pain' },
  { place: 'sinus', muscles: ['masseter'], top: 3, ref: 'v1 ch. 8; maxillary pain taken for sinusitis' },
  { place: 'testicle', muscles: ['external-oblique'], top: 3, ref: 'v1 ch. 49; groin and testicle' },
  { place: 'perineum', muscles: ['adductor-magnus'], top: 3, ref: 'v2 ch. 15; intrapelvic pain' },
  { place: 'heel', muscles: ['quadratus-plantae', 'abductor-hallucis'], top: 10, ref: 'v2 ch. 26, 27; heel pain' },
  { place: 'back of the knee', muscles: ['popliteus', 'plantaris'], top: 10, ref: 'v2 ch. 17, 22; posterior knee pain' },
  { place: 'big toe', muscles: ['flexor-hallucis-longus', 'flexor-hallucis-brevis', 'extensor-hallucis-longus'], top: 10, ref: 'v2 ch. 24, 25, 27; big toe pain' },
  { place: 'ball of the foot', muscles: ['flexor-digitorum-brevis', 'adductor-hallucis', 'flexor-hallucis-brevis', 'flexor-digitorum-longus'], top: 10, ref: 'v2 ch. 25–27; forefoot pain' },
  { place: 'arch of the foot', muscles: ['abductor-hallucis', 'tibialis-posterior'], top: 10, ref: 'v2 ch. 23, 26; instep pain' },
  { place: 'sole', muscles: ['flexor-digitorum-longus'], top: 5, ref: 'v2 ch. 25; plantar pain' },
  { place: 'little-finger side of the hand', muscles: ['flexor-carpi-ulnaris', 'abductor-digiti-minimi-hand'], top: 10, ref: 'v1 ch. 38, 40; ulnar hand pain' },
  { place: 'web of the thumb', muscles: ['adductor-pollicis', 'dorsal-interossei-hand'], top: 10, ref: 'v1 ch. 39, 40; thumb web pain' },
  { place: 'outer edge of the foot', muscles: ['fibularis-brevis'], top: 5, ref: 'v2 ch. 20; lateral foot pain' },
  { place: 'Achilles tendon', muscles: ['tibialis-posterior'], top: 3, ref: 'v2 ch. 23; Achilles pain' },
  { place: 'top of the foot', muscles: ['extensor-digitorum-brevis', 'extensor-hallucis-longus'], top: 5, ref: 'v2 ch. 24, 26; dorsal foot pain' },
  { place: 'outer ankle', muscles: ['fibularis-brevis'], top: 3, ref: 'v2 ch. 20; lateral ankle pain' },
  { place: 'front of the ankle', muscles: ['fibularis-tertius'], top: 10, ref: 'v2 ch. 20; anterior ankle pain' },
  { place: 'toes', muscles: ['interossei-foot', 'lumbricals-foot'], top: 5, ref: 'v2 ch. 27; lesser toe pain' },
]

/** Patterns the literature gives but the data misses: kept strict, expected to fail until the data is fixed. */
const KNOWN_GAPS: readonly (Pattern & { readonly why: string })[] = [
  {
    place: 'low back',
    muscles: ['iliocostalis-lumborum'],
    top: 5,
    ref: 'v1 ch. 48',
    why: 'the low back is only a spillover zone of iliocostalis-lumborum-1',
  },
]

function topMuscles(place: string, n: number): string[] {
  const area = resolveArea(place, DATASET)
  expect(area, `"${place}" names no area`).not.toBeNull()
  return groupByMuscle(rankTriggerPoints([area!], DATASET))
    .slice(0, n)
    .map((g) => g.muscle)
}

describe('well-known referred pain patterns, on the real data', () => {
  it('names only muscles the dataset has', () => {
    const known = new Set(DATASET.muscles.map((m) => m.id))
    for (const p of [...PATTERNS, ...KNOWN_GAPS]) for (const m of p.muscles) expect(known, m).toContain(m)
  })

  for (const p of PATTERNS) {
    it(`${p.place} → ${p.muscles.join(', ')} in the top ${p.top} (${p.ref})`, () => {
      const top = topMuscles(p.place, p.top)
      for (const m of p.muscles) expect(top, `top ${p.top} for ${p.place}`).toContain(m)
    })
  }

  for (const p of KNOWN_GAPS) {
    it.fails(`known gap: ${p.place} → ${p.muscles.join(', ')} in the top ${p.top} (${p.ref}); ${p.why}`, () => {
      const top = topMuscles(p.place, p.top)
      for (const m of p.muscles) expect(top).toContain(m)
    })
  }

  it('puts soleus first for heel pain and says why', () => {
    const [first] = rankTriggerPoints([{ area: 'heel', side: 'right' }], DATASET)
    expect(first).toMatchObject({ muscle: 'soleus', side: 'right', match: 'essential', explains: ['heel'] })
    expect(first!.reason).toBe('Soleus can send pain to the heel; your mark is in its main zone.')
  })

  it('finds the muscles that explain a temple and an outer elbow together, first the ones for each', () => {
    const ranked = rankTriggerPoints([{ area: 'temple' }, { area: 'outer-elbow' }], DATASET)
    expect(ranked.length).toBeGreaterThan(10)
    const muscles = groupByMuscle(ranked).slice(0, 8).map((g) => g.muscle)
    expect(muscles).toEqual(expect.arrayContaining(['supinator', 'temporalis']))
  })
})
