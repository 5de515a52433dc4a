/** Muscles of the hip (iliopsoas, gluteals, deep rotators) and the thigh. */
import type { MuscleFacts } from '../../schema'

export const HIP_THIGH_MUSCLES = [
  {
    id: 'psoas-major',
    name: 'Psoas major',
    synonyms: ['psoas', 'iliopsoas', 'hip flexor', 'hip flexors'],
    group: 'iliopsoas',
    region: 'hip',
    layer: 'deep',
    origin:
      'Sides of the bodies of T12 to L5 and the discs between them, and the front and lower borders of the transverse processes of L1–L5.',
    insertion: 'Lesser trochanter of the femur, through a tendon shared with iliacus.',
    action:
      'Flexes the thigh at the hip together with iliacus. With the thigh fixed, flexes the trunk on the pelvis, as when sitting up from lying. One side helps bend the lumbar spine to the same side.',
    innervation: [{ nerve: 'Ventral rami of the lumbar spinal nerves (lumbar plexus)', roots: 'L1–L3' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'iliacus',
    name: 'Iliacus',
    synonyms: ['iliopsoas', 'hip flexor', 'hip flexors', 'iliac muscle'],
    group: 'iliopsoas',
    region: 'hip',
    layer: 'deep',
    origin:
      'Upper two-thirds of the iliac fossa, the inner lip of the iliac crest, the ala of the sacrum and the anterior sacroiliac and iliolumbar ligaments.',
    insertion: 'Lateral side of the psoas major tendon, the lesser trochanter and the femur just below it.',
    action:
      'Flexes the thigh at the hip together with psoas major. With the thigh fixed, tilts the pelvis forward and flexes the trunk on the thigh.',
    innervation: [{ nerve: 'Femoral nerve', roots: 'L2–L3' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'gluteus-maximus',
    name: 'Gluteus maximus',
    synonyms: ['glute max', 'glutes', 'glute', 'buttock muscle', 'butt muscle', 'gluteal'],
    region: 'hip',
    layer: 'superficial',
    origin:
      'Outer surface of the ilium behind the posterior gluteal line, the back of the lower sacrum and side of the coccyx, the erector spinae aponeurosis, the sacrotuberous ligament and the gluteal aponeurosis.',
    insertion:
      'Most of the muscle into the iliotibial tract of the fascia lata; the deep part of its lower half into the gluteal tuberosity of the femur.',
    action:
      'Strongly extends the thigh at the hip, as in climbing stairs or rising from a chair, and rotates it laterally. Its upper fibres help abduct the thigh. Through the iliotibial tract it helps steady the extended knee.',
    innervation: [{ nerve: 'Inferior gluteal nerve', roots: 'L5–S2' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    synonyms: ['glute med', 'glutes', 'hip abductor', 'hip abductors', 'side of hip muscle'],
    region: 'hip',
    layer: 'intermediate',
    origin:
      'Outer surface of the ilium between the iliac crest and the posterior and anterior gluteal lines, and the gluteal aponeurosis over it.',
    insertion: 'Oblique ridge on the lateral surface of the greater trochanter of the femur.',
    action:
      'Abducts the thigh and, most importantly, holds the pelvis level when standing on one leg, as at each step in walking. Its anterior fibres rotate the thigh medially.',
    innervation: [{ nerve: 'Superior gluteal nerve', roots: 'L4–S1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'gluteus-minimus',
    name: 'Gluteus minimus',
    synonyms: ['glute min', 'glutes', 'hip abductor', 'hip abductors'],
    region: 'hip',
    layer: 'deep',
    origin:
      'Outer surface of the ilium between the anterior and inferior gluteal lines, and the edge of the greater sciatic notch.',
    insertion:
      'Front of the greater trochanter of the femur; some fibres reach the capsule of the hip joint.',
    action:
      'Abducts and medially rotates the thigh; with gluteus medius, holds the pelvis level when standing on one leg.',
    innervation: [{ nerve: 'Superior gluteal nerve', roots: 'L4–S1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'piriformis',
    name: 'Piriformis',
    synonyms: ['pyriformis', 'deep hip rotator', 'deep six', 'hip rotator', 'deep buttock muscle'],
    region: 'hip',
    layer: 'deep',
    origin:
      'Front (pelvic) surface of the sacrum around the second to fourth anterior sacral foramina, the upper edge of the greater sciatic notch and the sacrotuberous ligament.',
    insertion: 'Upper border of the greater trochanter of the femur, by a rounded tendon.',
    action:
      'Rotates the extended thigh laterally and abducts the flexed thigh; helps keep the head of the femur in the acetabulum.',
    innervation: [{ nerve: 'Nerve to piriformis (sacral plexus)', roots: 'S1–S2' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'tensor-fasciae-latae',
    name: 'Tensor fasciae latae',
    synonyms: ['TFL', 'tensor fascia lata', 'tensor', 'hip flexor', 'IT band muscle'],
    region: 'hip',
    layer: 'superficial',
    origin:
      'Front of the outer lip of the iliac crest, the outer surface of the anterior superior iliac spine and the notch just below it.',
    insertion:
      'Iliotibial tract, about a third of the way down the thigh; through the tract it acts on the lateral condyle of the tibia.',
    action:
      'Flexes, abducts and medially rotates the thigh. Tightens the fascia lata and iliotibial tract, steadying the pelvis and the extended knee in standing and walking.',
    innervation: [{ nerve: 'Superior gluteal nerve', roots: 'L4–S1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'rectus-femoris',
    name: 'Rectus femoris',
    synonyms: ['quads', 'quad', 'quadriceps', 'rec fem', 'front of thigh muscle', 'hip flexor'],
    group: 'quadriceps',
    region: 'thigh',
    layer: 'superficial',
    origin:
      'Straight head: anterior inferior iliac spine. Reflected head: a groove just above the rim of the acetabulum, and the capsule of the hip joint.',
    insertion:
      'Base of the patella through the quadriceps tendon, and on through the patellar ligament to the tibial tuberosity.',
    action: 'Extends the knee and flexes the thigh at the hip; the only part of the quadriceps that crosses the hip.',
    innervation: [{ nerve: 'Femoral nerve', roots: 'L2–L4' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'vastus-lateralis',
    name: 'Vastus lateralis',
    synonyms: ['quads', 'quad', 'quadriceps', 'VL', 'outer quad', 'outer thigh muscle'],
    group: 'quadriceps',
    region: 'thigh',
    layer: 'superficial',
    origin:
      'Upper part of the intertrochanteric line, the front and lower borders of the greater trochanter, the lateral lip of the gluteal tuberosity and the upper half of the lateral lip of the linea aspera.',
    insertion:
      'Lateral border of the patella and the quadriceps tendon, and through the patellar ligament to the tibial tuberosity; some fibres join the lateral patellar retinaculum.',
    action: 'Extends the knee.',
    innervation: [{ nerve: 'Femoral nerve', roots: 'L2–L4' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'vastus-medialis',
    name: 'Vastus medialis',
    synonyms: ['quads', 'quad', 'quadriceps', 'VMO', 'VM', 'teardrop muscle', 'inner quad'],
    group: 'quadriceps',
    region: 'thigh',
    layer: 'superficial',
    origin:
      'Lower part of the intertrochanteric line, the spiral line, the medial lip of the linea aspera, the upper medial supracondylar line, and the tendons of adductor longus and adductor magnus.',
    insertion:
      'Medial border of the patella and the quadriceps tendon, and through the patellar ligament to the tibial tuberosity; some fibres join the medial patellar retinaculum.',
    action:
      'Extends the knee. Its lowest, almost horizontal fibres pull the patella medially and are thought to help keep it tracking in its groove.',
    innervation: [{ nerve: 'Femoral nerve', roots: 'L2–L4' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'vastus-intermedius',
    name: 'Vastus intermedius',
    synonyms: ['quads', 'quad', 'quadriceps', 'VI', 'deep quad'],
    group: 'quadriceps',
    region: 'thigh',
    layer: 'deep',
    origin: 'Front and lateral surfaces of the upper two-thirds of the femoral shaft and the lower lateral intermuscular septum.',
    insertion:
      'Deep surface of the quadriceps tendon to the base of the patella, and through the patellar ligament to the tibial tuberosity.',
    action:
      'Extends the knee. A small slip from its deep surface (articularis genus) lifts the suprapatellar bursa as the knee straightens.',
    innervation: [{ nerve: 'Femoral nerve', roots: 'L2–L4' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'adductor-longus',
    name: 'Adductor longus',
    synonyms: ['adductors', 'groin muscle', 'groin', 'inner thigh muscle'],
    region: 'thigh',
    layer: 'superficial',
    origin: 'Front of the body of the pubis, in the angle between the pubic crest and the pubic symphysis.',
    insertion: 'Middle third of the linea aspera of the femur, between vastus medialis and adductor magnus.',
    action: 'Adducts the thigh and helps flex it at the hip.',
    innervation: [{ nerve: 'Obturator nerve (anterior division)', roots: 'L2–L4' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'adductor-magnus',
    name: 'Adductor magnus',
    synonyms: ['adductors', 'groin muscle', 'groin', 'inner thigh muscle', 'hamstring part of adductor magnus'],
    region: 'thigh',
    layer: 'deep',
    origin:
      'Adductor part: inferior ramus of the pubis and the ramus of the ischium. Hamstring part: lower lateral area of the ischial tuberosity.',
    insertion:
      'Adductor part: gluteal tuberosity, linea aspera and medial supracondylar line of the femur. Hamstring part: adductor tubercle on the medial condyle of the femur.',
    action:
      'Adducts the thigh. The adductor part also helps flex it; the hamstring part extends the thigh at the hip.',
    innervation: [
      { nerve: 'Obturator nerve (posterior division), adductor part', roots: 'L2–L4' },
      { nerve: 'Tibial part of the sciatic nerve, hamstring part', roots: 'L4' },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'gracilis',
    name: 'Gracilis',
    synonyms: ['adductors', 'groin muscle', 'inner thigh muscle', 'pes anserinus'],
    region: 'thigh',
    layer: 'superficial',
    origin: 'Lower half of the body of the pubis, the inferior pubic ramus and the adjoining ischial ramus.',
    insertion:
      'Upper part of the medial surface of the tibia, between sartorius in front and semitendinosus behind (pes anserinus).',
    action: 'Adducts the thigh; flexes the knee and rotates the bent leg medially.',
    innervation: [{ nerve: 'Obturator nerve (anterior division)', roots: 'L2–L3' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'sartorius',
    name: 'Sartorius',
    synonyms: ["tailor's muscle", 'tailor muscle', 'pes anserinus', 'hip flexor'],
    region: 'thigh',
    layer: 'superficial',
    origin: 'Anterior superior iliac spine and the upper part of the notch below it.',
    insertion:
      'Upper part of the medial surface of the tibia, in front of gracilis and semitendinosus (pes anserinus).',
    action:
      'Flexes, abducts and laterally rotates the thigh at the hip, and flexes the knee, as in sitting cross-legged. Once the knee is bent, helps rotate the leg medially.',
    innervation: [{ nerve: 'Femoral nerve', roots: 'L2–L3' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'biceps-femoris',
    name: 'Biceps femoris',
    synonyms: ['hamstring', 'hamstrings', 'hammy', 'lateral hamstring', 'outer hamstring'],
    group: 'hamstrings',
    region: 'thigh',
    layer: 'superficial',
    origin:
      'Long head: upper inner facet of the ischial tuberosity, in a common tendon with semitendinosus, and the sacrotuberous ligament. Short head: lateral lip of the linea aspera and the upper lateral supracondylar line of the femur.',
    insertion:
      'Lateral side of the head of the fibula; the tendon is split by the fibular collateral ligament, and a few fibres reach the lateral condyle of the tibia.',
    action:
      'Flexes the knee and, once it is bent, rotates the leg laterally. The long head also extends the thigh at the hip.',
    innervation: [
      { nerve: 'Tibial part of the sciatic nerve (long head)', roots: 'L5–S2' },
      { nerve: 'Common fibular (peroneal) part of the sciatic nerve (short head)', roots: 'L5–S2' },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'semitendinosus',
    name: 'Semitendinosus',
    synonyms: ['hamstring', 'hamstrings', 'hammy', 'medial hamstring', 'inner hamstring', 'pes anserinus'],
    group: 'hamstrings',
    region: 'thigh',
    layer: 'superficial',
    origin: 'Upper inner facet of the ischial tuberosity, in a common tendon with the long head of biceps femoris.',
    insertion:
      'Upper part of the medial surface of the tibia, behind sartorius and below gracilis (pes anserinus).',
    action: 'Flexes the knee and rotates the bent leg medially; extends the thigh at the hip.',
    innervation: [{ nerve: 'Tibial part of the sciatic nerve', roots: 'L5–S2' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'semimembranosus',
    name: 'Semimembranosus',
    synonyms: ['hamstring', 'hamstrings', 'hammy', 'medial hamstring', 'inner hamstring'],
    group: 'hamstrings',
    region: 'thigh',
    layer: 'intermediate',
    origin: 'Upper outer facet of the ischial tuberosity.',
    insertion:
      'Groove on the back of the medial condyle of the tibia; expansions form the oblique popliteal ligament and cover popliteus.',
    action: 'Flexes the knee and rotates the bent leg medially; extends the thigh at the hip.',
    innervation: [{ nerve: 'Tibial part of the sciatic nerve', roots: 'L5–S2' }],
    source: { ref: 'gray-anatomy' },
  },
] as const satisfies readonly MuscleFacts[]
