/** Muscles of the leg (below the knee). */
import type { MuscleFacts } from '../../schema'

export const LEG_MUSCLES = [
  {
    id: 'gastrocnemius-medial',
    name: 'Gastrocnemius, medial head',
    synonyms: ['calf', 'calf muscle', 'calves', 'gastroc', 'gastrocs', 'inner calf', 'triceps surae'],
    group: 'gastrocnemius',
    region: 'leg',
    layer: 'superficial',
    origin:
      'Back of the femur just above the medial condyle, behind the adductor tubercle, and the adjoining capsule of the knee joint.',
    insertion: 'Back of the calcaneus, through the calcaneal (Achilles) tendon shared with soleus.',
    action:
      'Plantarflexes the foot at the ankle, as in rising on tiptoe and pushing off in walking, and helps flex the knee. The larger of the two heads, it reaches lower down the calf.',
    innervation: [{ nerve: 'Tibial nerve', roots: 'S1–S2' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'gastrocnemius-lateral',
    name: 'Gastrocnemius, lateral head',
    synonyms: ['calf', 'calf muscle', 'calves', 'gastroc', 'gastrocs', 'outer calf', 'triceps surae'],
    group: 'gastrocnemius',
    region: 'leg',
    layer: 'superficial',
    origin: 'Impression on the side of the lateral condyle of the femur, and the adjoining capsule of the knee joint.',
    insertion: 'Back of the calcaneus, through the calcaneal (Achilles) tendon shared with soleus.',
    action:
      'Plantarflexes the foot at the ankle, as in rising on tiptoe and pushing off in walking, and helps flex the knee.',
    innervation: [{ nerve: 'Tibial nerve', roots: 'S1–S2' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'soleus',
    name: 'Soleus',
    synonyms: ['calf', 'calf muscle', 'calves', 'deep calf', 'triceps surae', 'Achilles'],
    region: 'leg',
    layer: 'intermediate',
    origin:
      'Back of the head and upper third of the shaft of the fibula, the soleal line and middle third of the medial border of the tibia, and a fibrous arch between the two bones over the popliteal vessels and tibial nerve.',
    insertion: 'Back of the calcaneus, through the calcaneal (Achilles) tendon.',
    action:
      'Plantarflexes the foot at the ankle. Its steady activity in standing stops the body from tipping forward over the feet, and its contractions help pump venous blood up the leg.',
    innervation: [{ nerve: 'Tibial nerve', roots: 'S1–S2' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'tibialis-anterior',
    name: 'Tibialis anterior',
    synonyms: ['tib ant', 'anterior tibialis', 'shin muscle', 'shin', 'shin splints'],
    region: 'leg',
    layer: 'superficial',
    origin:
      'Lateral condyle and upper half to two-thirds of the lateral surface of the tibia, the interosseous membrane and the deep fascia over it.',
    insertion: 'Medial and under surfaces of the medial cuneiform and the base of the first metatarsal.',
    action:
      'Dorsiflexes the foot at the ankle and inverts it; supports the medial arch. Lowers the forefoot smoothly to the ground after the heel strikes.',
    innervation: [{ nerve: 'Deep fibular (peroneal) nerve', roots: 'L4–L5' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'fibularis-longus',
    name: 'Fibularis (peroneus) longus',
    synonyms: ['peroneus longus', 'peroneals', 'peroneal', 'fibularis', 'fibulars', 'outer calf muscle'],
    region: 'leg',
    layer: 'superficial',
    origin:
      'Head and upper two-thirds of the lateral surface of the fibula, the intermuscular septa and deep fascia; a few fibres from the lateral condyle of the tibia.',
    insertion:
      'Lateral side of the base of the first metatarsal and the medial cuneiform, reached after its tendon crosses the sole from the groove of the cuboid.',
    action:
      'Everts the foot and helps plantarflex it; supports the arches of the foot and steadies the leg over the foot when standing on one leg.',
    innervation: [{ nerve: 'Superficial fibular (peroneal) nerve', roots: 'L5–S1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'extensor-digitorum-longus',
    name: 'Extensor digitorum longus',
    synonyms: ['EDL', 'toe extensor', 'toe extensors', 'shin muscle'],
    region: 'leg',
    layer: 'superficial',
    origin:
      'Lateral condyle of the tibia, the upper three-quarters of the medial surface of the fibula, the interosseous membrane, the intermuscular septa and the deep fascia.',
    insertion:
      'Four tendons to the lateral four toes, forming dorsal expansions that attach to the bases of the middle and distal phalanges.',
    action: 'Extends the lateral four toes and dorsiflexes the foot at the ankle; helps evert it.',
    innervation: [{ nerve: 'Deep fibular (peroneal) nerve', roots: 'L5–S1' }],
    source: { ref: 'gray-anatomy' },
  },
] as const satisfies readonly MuscleFacts[]
