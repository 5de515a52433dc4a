/** Muscles of the arm (upper arm) and forearm. */
import type { MuscleFacts } from '../../schema'

export const ARM_MUSCLES = [
  {
    id: 'biceps-brachii',
    name: 'Biceps brachii',
    synonyms: ['biceps', 'bicep', 'front of arm muscle', 'upper arm muscle'],
    region: 'arm',
    layer: 'superficial',
    origin:
      'Short head: tip of the coracoid process of the scapula, together with coracobrachialis. Long head: supraglenoid tubercle of the scapula and the glenoid labrum; its tendon runs through the shoulder joint and down the intertubercular sulcus.',
    insertion:
      'Back part of the radial tuberosity; through the bicipital aponeurosis, also the deep fascia on the medial side of the forearm.',
    action:
      'Supinates the forearm and flexes the elbow, flexing most strongly when the forearm is supinated. Weakly helps flex the arm at the shoulder.',
    innervation: [{ nerve: 'Musculocutaneous nerve', roots: 'C5–C6' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'brachialis',
    name: 'Brachialis',
    synonyms: ['elbow flexor', 'under the biceps'],
    region: 'arm',
    layer: 'intermediate',
    origin: 'Lower half of the front of the humerus and the medial and lateral intermuscular septa.',
    insertion: 'Tuberosity of the ulna and the front of its coronoid process.',
    action: 'Flexes the elbow whatever the position of the forearm; the main flexor of the elbow.',
    innervation: [
      { nerve: 'Musculocutaneous nerve', roots: 'C5–C6' },
      { nerve: 'Radial nerve (small lateral part, in most people)', roots: 'C7' },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'triceps-long-head',
    name: 'Triceps brachii, long head',
    synonyms: ['triceps', 'tricep', 'back of arm muscle', 'long head of triceps'],
    group: 'triceps-brachii',
    region: 'arm',
    layer: 'superficial',
    origin: 'Infraglenoid tubercle of the scapula.',
    insertion: 'Through the common triceps tendon, the upper surface of the olecranon of the ulna.',
    action:
      'Extends the elbow. Because it also crosses the shoulder, it helps extend and adduct the arm and steadies the head of the humerus.',
    innervation: [{ nerve: 'Radial nerve', roots: 'C6–C8' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'triceps-lateral-head',
    name: 'Triceps brachii, lateral head',
    synonyms: ['triceps', 'tricep', 'back of arm muscle', 'lateral head of triceps'],
    group: 'triceps-brachii',
    region: 'arm',
    layer: 'superficial',
    origin:
      'Back of the humerus above and lateral to the radial (spiral) groove, and the lateral intermuscular septum.',
    insertion: 'Through the common triceps tendon, the upper surface of the olecranon of the ulna.',
    action: 'Extends the elbow; recruited mainly for forceful extension.',
    innervation: [{ nerve: 'Radial nerve', roots: 'C6–C8' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'triceps-medial-head',
    name: 'Triceps brachii, medial head',
    synonyms: ['triceps', 'tricep', 'back of arm muscle', 'medial head of triceps', 'deep head of triceps'],
    group: 'triceps-brachii',
    region: 'arm',
    layer: 'deep',
    origin:
      'Back of the humerus below and medial to the radial groove, and both intermuscular septa, mainly the medial.',
    insertion:
      'Through the common triceps tendon, the olecranon of the ulna; some deep fibres attach to the back of the elbow joint capsule.',
    action:
      'Extends the elbow; active in almost every elbow extension, light or strong. Its deepest fibres pull the joint capsule clear of the olecranon during extension.',
    innervation: [{ nerve: 'Radial nerve', roots: 'C6–C8' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'brachioradialis',
    name: 'Brachioradialis',
    synonyms: ['BR', 'forearm muscle', "beer drinker's muscle", 'thumb side of forearm'],
    region: 'forearm',
    layer: 'superficial',
    origin: 'Upper two-thirds of the lateral supracondylar ridge of the humerus and the lateral intermuscular septum.',
    insertion: 'Lateral side of the lower end of the radius, just above the styloid process.',
    action:
      'Flexes the elbow, most effectively with the forearm midway between pronation and supination (thumb up). Brings the forearm toward that mid position.',
    innervation: [{ nerve: 'Radial nerve', roots: 'C5–C6' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'extensor-carpi-radialis-longus',
    name: 'Extensor carpi radialis longus',
    synonyms: ['ECRL', 'wrist extensor', 'wrist extensors', 'radial wrist extensor', 'tennis elbow muscle'],
    region: 'forearm',
    layer: 'superficial',
    origin: 'Lower third of the lateral supracondylar ridge of the humerus and the lateral intermuscular septum.',
    insertion: 'Back of the base of the second metacarpal, on its radial side.',
    action: 'Extends the wrist and bends it toward the thumb side (radial deviation); helps flex the elbow.',
    innervation: [{ nerve: 'Radial nerve', roots: 'C6–C7' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'extensor-carpi-radialis-brevis',
    name: 'Extensor carpi radialis brevis',
    synonyms: ['ECRB', 'wrist extensor', 'wrist extensors', 'radial wrist extensor', 'tennis elbow muscle'],
    region: 'forearm',
    layer: 'superficial',
    origin:
      'Lateral epicondyle of the humerus through the common extensor tendon, the radial collateral ligament of the elbow, and the fascia and septa around it.',
    insertion: 'Back of the base of the third metacarpal, on its radial side.',
    action: 'Extends the wrist and bends it toward the thumb side; steadies the wrist when the fingers grip.',
    innervation: [{ nerve: 'Deep branch of the radial nerve', roots: 'C7–C8' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'extensor-digitorum',
    name: 'Extensor digitorum',
    synonyms: ['EDC', 'extensor digitorum communis', 'finger extensor', 'finger extensors', 'tennis elbow muscle'],
    region: 'forearm',
    layer: 'superficial',
    origin:
      'Lateral epicondyle of the humerus through the common extensor tendon, the intermuscular septa and the deep fascia of the forearm.',
    insertion:
      'Extensor expansions of the index, middle, ring and little fingers, which attach to the bases of the middle and distal phalanges.',
    action:
      'Extends the four fingers, chiefly at the knuckles (metacarpophalangeal joints), and with the lumbricals and interossei at the finger joints; helps extend the wrist.',
    innervation: [{ nerve: 'Posterior interosseous nerve (deep branch of the radial nerve)', roots: 'C7–C8' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'flexor-carpi-radialis',
    name: 'Flexor carpi radialis',
    synonyms: ['FCR', 'wrist flexor', 'wrist flexors', "golfer's elbow muscle"],
    region: 'forearm',
    layer: 'superficial',
    origin: 'Medial epicondyle of the humerus through the common flexor tendon, and the surrounding deep fascia.',
    insertion: 'Front of the base of the second metacarpal, with a slip to the third.',
    action: 'Flexes the wrist and bends it toward the thumb side (radial deviation).',
    innervation: [{ nerve: 'Median nerve', roots: 'C6–C7' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'flexor-digitorum-superficialis',
    name: 'Flexor digitorum superficialis',
    synonyms: ['FDS', 'flexor digitorum sublimis', 'finger flexor', 'finger flexors', "golfer's elbow muscle"],
    region: 'forearm',
    layer: 'intermediate',
    origin:
      'Humero-ulnar head: medial epicondyle of the humerus (common flexor tendon), the ulnar collateral ligament and the medial side of the coronoid process of the ulna. Radial head: upper part of the anterior border of the radius.',
    insertion:
      'Sides of the middle phalanges of the index, middle, ring and little fingers; each tendon splits to let the deep flexor tendon pass through.',
    action:
      'Flexes the middle phalanges at the proximal interphalangeal joints; with continued action, flexes the knuckles and the wrist.',
    innervation: [{ nerve: 'Median nerve', roots: 'C7–T1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'palmaris-longus',
    name: 'Palmaris longus',
    synonyms: ['PL', 'palmaris', 'wrist flexor', 'wrist flexors'],
    region: 'forearm',
    layer: 'superficial',
    origin: 'Medial epicondyle of the humerus through the common flexor tendon.',
    insertion: 'Front of the flexor retinaculum and the apex of the palmar aponeurosis.',
    action:
      'Tenses the palmar aponeurosis and weakly flexes the wrist. It is missing on one or both sides in roughly one person in seven.',
    innervation: [{ nerve: 'Median nerve', roots: 'C7–C8' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'supinator',
    name: 'Supinator',
    synonyms: ['supinator muscle', 'forearm rotator', 'tennis elbow muscle'],
    region: 'forearm',
    layer: 'deep',
    origin:
      'Lateral epicondyle of the humerus, the radial collateral and annular ligaments of the elbow, and the supinator crest and fossa of the ulna.',
    insertion: 'Lateral, back and front surfaces of the upper third of the radius, which it wraps around.',
    action:
      'Supinates the forearm (turns the palm up). Alone it performs slow, unresisted supination; biceps joins in when speed or force is needed.',
    innervation: [{ nerve: 'Posterior interosseous nerve (deep branch of the radial nerve)', roots: 'C5–C6' }],
    source: { ref: 'gray-anatomy' },
  },
] as const satisfies readonly MuscleFacts[]
