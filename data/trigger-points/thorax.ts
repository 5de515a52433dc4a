/**
 * Trigger points of subclavius (Simons, Travell & Simons Vol. 1, 2nd ed., with pectoralis major), sternalis, the
 * intercostals and diaphragm, serratus posterior superior and inferior, iliocostalis thoracis and the rotatores
 * (thoracolumbar paraspinals), and the deeper abdominal wall (abdominal muscles).
 *
 * Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the published
 * descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import type { TriggerPoint } from '../schema'

const v1 = (chapter: string, locator?: string): TriggerPoint['source'] =>
  locator ? { ref: 'travell-simons-v1', chapter, locator } : { ref: 'travell-simons-v1', chapter }

export const THORAX_TRIGGER_POINTS = [
  // ── Subclavius (v: first rib 0 → clavicle 1) ────────────────────────────────────────────────────────────────
  {
    id: 'subclavius-1',
    muscle: 'subclavius',
    label: 'under the middle of the collarbone',
    at: { u: 0.5, v: 0.55, depth: 0.6 },
    palpation: 'Supine, shoulder slightly forward; press up and back under the middle third of the clavicle through pectoralis major.',
    landmarks: ['clavicle-mid'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'clavicle-mid', offset: [0.01, -0.015, 0.012] }, radius: 0.03 },
            { at: { landmark: 'greater-tubercle', offset: [-0.01, -0.04, 0.025] }, to: { landmark: 'deltoid-tuberosity', offset: [-0.01, -0.05, 0.03] }, radius: 0.028, facing: 'anterior' },
          ],
          areas: ['upper-chest', 'front-of-shoulder', 'front-of-upper-arm'],
        },
      ],
      spillover: [
        {
          // Down the thumb side of the forearm into the thumb, index and middle fingers.
          blobs: [
            { at: { landmark: 'radial-head', offset: [0, -0.03, 0.01] }, to: { landmark: 'radial-styloid', offset: [0, 0.02, 0] }, radius: 0.02 },
            { at: { landmark: 'mcp-1' }, to: { landmark: 'fingertip-1' }, radius: 0.014 },
            { at: { landmark: 'mcp-2' }, to: { landmark: 'fingertip-2' }, radius: 0.012 },
            { at: { landmark: 'mcp-3' }, to: { landmark: 'fingertip-3' }, radius: 0.012 },
          ],
          areas: ['thumb-side-of-forearm', 'thumb', 'index-finger', 'middle-finger'],
        },
      ],
    },
    symptoms: ['ache under the collarbone and down the front of the arm', 'pain or tingling into the thumb and first two fingers', 'arm feels heavy when carried forward'],
    conditions: ['thoracic-outlet-syndrome', 'atypical-chest-pain'],
    perpetuatingFactors: ['round-shouldered posture', 'carrying heavy bags on the shoulder', 'sleeping with the arm across the chest'],
    selfCare: 'Hook the fingers under the middle of the collarbone and hold gentle upward pressure while breathing slowly, then open the chest in a doorway.',
    prevalence: 'occasional',
    source: v1('Pectoralis major muscle', 'subclavius'),
  },
  // ── Sternalis (v: upper sternum 0 → lower costal cartilages 1) ──────────────────────────────────────────────────
  {
    id: 'sternalis-1',
    muscle: 'sternalis',
    label: 'over the sternum',
    at: { u: 0.5, v: 0.45 },
    palpation: 'Supine; flat palpation along the sternum a finger’s breadth beside the midline, from the second to the fifth rib level.',
    landmarks: ['sternum'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'jugular-notch', offset: [0.004, -0.06, 0.02] }, to: { landmark: 'xiphoid', offset: [0.004, 0.02, 0.01] }, radius: 0.03, facing: 'anterior' }],
          areas: ['sternum'],
          laterality: 'bilateral',
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'clavicle-mid', offset: [-0.02, -0.04, 0.04] }, radius: 0.035 },
            { at: { landmark: 'greater-tubercle', offset: [-0.02, -0.06, 0.0] }, to: { landmark: 'humerus-medial-epicondyle', offset: [0, 0.06, 0.0] }, radius: 0.022 },
          ],
          areas: ['upper-chest', 'front-of-shoulder', 'inner-upper-arm'],
        },
      ],
    },
    symptoms: ['a deep, raw ache behind the breastbone', 'chest pain that does not change with effort', 'ache spreading across the upper chest'],
    conditions: ['atypical-chest-pain'],
    perpetuatingFactors: ['a tight pectoralis major', 'slumped posture', 'a recent heart or chest illness that set the muscles guarding'],
    selfCare: 'Press slowly along each side of the breastbone with the fingertips, holding any tender spot for half a minute while breathing out.',
    prevalence: 'occasional',
    source: v1('Sternalis muscle'),
  },
  // ── Intercostals and diaphragm ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'intercostals-1',
    muscle: 'intercostals',
    label: 'between the ribs, side of the chest',
    at: { u: 0.4, v: 0.6 },
    palpation: 'Side-lying with the arm raised to open the rib spaces; press a fingertip into the space between two ribs along the side of the chest.',
    landmarks: ['rib-5-midaxillary'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'nipple', offset: [0.05, -0.03, -0.06] }, radius: 0.045 }],
          areas: ['side-of-ribs', 'chest'],
        },
      ],
      spillover: [],
    },
    symptoms: ['sharp pain between the ribs when breathing deeply, coughing or sneezing', 'pain on twisting', 'cannot lie on that side'],
    conditions: ['atypical-chest-pain'],
    perpetuatingFactors: ['a long bout of coughing', 'a bruised or broken rib, or shingles', 'paradoxical (chest-only) breathing', 'surgery through the chest wall'],
    selfCare: 'Lie on the other side over a pillow with the arm overhead and breathe slowly into the sore side; press gently along the rib space.',
    prevalence: 'occasional',
    source: v1('Intercostal muscles and diaphragm'),
  },
  {
    id: 'diaphragm-1',
    muscle: 'diaphragm',
    label: 'under the front of the rib margin',
    at: { u: 0.3, v: 0.5 },
    palpation: 'Supine with the knees bent; while the person breathes out, curl the fingertips up under the lower rib margin in front.',
    landmarks: ['xiphoid'],
    referral: {
      essential: [
        {
          // Along the lower border of the ribs in front: the "side stitch".
          blobs: [{ at: { landmark: 'xiphoid', offset: [0.04, -0.04, 0.0] }, to: { landmark: 'xiphoid', offset: [0.1, -0.08, -0.05] }, radius: 0.03 }],
          areas: ['upper-abdomen', 'side-of-ribs'],
        },
      ],
      spillover: [],
    },
    symptoms: ['a stitch under the ribs when running or breathing hard', 'pain at the end of a deep breath', 'shortness of breath with effort'],
    conditions: ['atypical-chest-pain', 'abdominal-wall-pain'],
    perpetuatingFactors: ['a chronic cough', 'chest breathing with a held belly', 'slumped sitting that crowds the ribs onto the belly'],
    selfCare: 'Lie on the back with knees bent and breathe slowly into the belly, letting the lower ribs widen; curl the fingertips gently under the rib margin as you breathe out.',
    prevalence: 'occasional',
    source: v1('Intercostal muscles and diaphragm', 'diaphragm'),
  },
  // ── Serratus posterior superior (v: spines C7–T3 0 → ribs 2–5 1) ───────────────────────────────────────────────
  {
    id: 'serratus-posterior-superior-1',
    muscle: 'serratus-posterior-superior',
    label: 'under the upper shoulder blade',
    at: { u: 0.5, v: 0.7, depth: 0.5 },
    palpation:
      'Seated, arms hanging forward between the knees to draw the shoulder blade aside; press over the ribs beneath the upper part of the scapula’s inner border.',
    landmarks: ['scapula-superior-angle', 'scapula-medial-border'],
    referral: {
      essential: [
        {
          // A deep ache beneath the upper part of the shoulder blade.
          blobs: [{ at: { landmark: 'scapula-superior-angle', offset: [0.02, -0.03, -0.02] }, radius: 0.04, facing: 'posterior' }],
          areas: ['shoulder-blade'],
        },
      ],
      spillover: [
        {
          // Over the back of the shoulder, down the back of the arm and the little-finger side of the forearm and hand.
          blobs: [
            { at: { landmark: 'acromion', offset: [0.005, -0.02, -0.03] }, radius: 0.03 },
            { at: { landmark: 'deltoid-tuberosity', offset: [0, 0.02, -0.03] }, to: { landmark: 'olecranon', offset: [0, 0.02, 0] }, radius: 0.022 },
            { at: { landmark: 'olecranon', offset: [0, -0.02, 0] }, to: { landmark: 'ulnar-styloid' }, radius: 0.018 },
            { at: { landmark: 'mcp-5', offset: [0.0, 0.02, 0] }, to: { landmark: 'fingertip-5' }, radius: 0.013 },
          ],
          areas: ['back-of-shoulder', 'back-of-upper-arm', 'back-of-elbow', 'little-finger-side-of-hand', 'little-finger'],
        },
        {
          blobs: [{ at: { landmark: 'nipple', offset: [-0.02, 0.04, -0.01] }, radius: 0.035 }],
          areas: ['chest'],
        },
      ],
    },
    symptoms: ['deep ache under the top of the shoulder blade, felt even at rest', 'numbness toward the little finger', 'lying on the back on a firm surface hurts'],
    conditions: ['interscapular-pain', 'cervical-radiculopathy-c8'],
    perpetuatingFactors: ['paradoxical (upper chest) breathing', 'a chronic cough', 'writing or working at a desk that is too high', 'scalene trigger points'],
    selfCare: 'Cross the arms to move the shoulder blades apart and lean back against a ball placed just inside the upper shoulder blade for half a minute.',
    prevalence: 'common',
    source: v1('Serratus posterior superior muscle'),
  },
  // ── Serratus posterior inferior (v: spines T11–L2 0 → ribs 9–12 1) ──────────────────────────────────────────────
  {
    id: 'serratus-posterior-inferior-1',
    muscle: 'serratus-posterior-inferior',
    label: 'over the lower ribs',
    at: { u: 0.5, v: 0.65 },
    palpation: 'Prone; flat palpation over the ninth to twelfth ribs just outside the erector spinae, at the level of the T12 and L1 spines.',
    landmarks: ['rib-12', 't12-spinous'],
    referral: {
      essential: [
        {
          // An ache over the muscle and around the lower ribs toward the side.
          blobs: [{ at: { landmark: 't12-spinous', offset: [0.06, 0.02, -0.01] }, to: { landmark: 't12-spinous', offset: [0.12, 0.03, 0.03] }, radius: 0.04, facing: 'posterior' }],
          areas: ['mid-back', 'flank'],
        },
      ],
      spillover: [],
    },
    symptoms: ['a nagging ache over the lower ribs in the back that lingers after other back pain eases', 'discomfort when breathing in fully or twisting'],
    conditions: ['flank-pain', 'low-back-pain'],
    perpetuatingFactors: ['lifting while twisting and reaching', 'a chronic cough', 'a short leg or small hemipelvis that tilts the trunk'],
    selfCare: 'Lie on the back with a ball under the lower ribs beside the spine and breathe slowly into it, then hug the knees and rock gently.',
    prevalence: 'occasional',
    source: v1('Serratus posterior inferior muscle'),
  },
  // ── Iliocostalis thoracis (v: lower ribs 0 → upper ribs and C7 1) ──────────────────────────────────────────────
  {
    id: 'iliocostalis-thoracis-1',
    muscle: 'iliocostalis-thoracis',
    label: 'mid-thoracic (T6 level)',
    at: { u: 0.5, v: 0.55 },
    palpation: 'Prone; flat palpation of the lateral column of the erector spinae over the rib angles at the level of the T6 spine.',
    landmarks: ['t7-spinous'],
    referral: {
      essential: [
        {
          // Up toward the shoulder and round the chest wall.
          blobs: [
            { at: { landmark: 'scapula-inferior-angle', offset: [-0.03, 0.03, -0.01] }, radius: 0.04, facing: 'posterior' },
            { at: { landmark: 'nipple', offset: [0.06, -0.02, -0.1] }, radius: 0.035 },
          ],
          areas: ['between-shoulder-blades', 'shoulder-blade', 'side-of-ribs'],
        },
      ],
      spillover: [
        { blobs: [{ at: { landmark: 'nipple', offset: [-0.02, -0.02, 0.0] }, radius: 0.03 }], areas: ['chest'] },
      ],
    },
    symptoms: ['ache in the mid-back spreading round to the side of the chest', 'chest wall pain that can feel like a heart or lung problem'],
    conditions: ['interscapular-pain', 'atypical-chest-pain'],
    perpetuatingFactors: ['slumped sitting', 'a sudden strain lifting', 'a chilling draught on the back'],
    selfCare: 'Lie on the back with two balls in a sock either side of the spine at mid-back height, and breathe slowly for a minute.',
    prevalence: 'occasional',
    source: v1('Thoracolumbar paraspinal muscles', 'iliocostalis thoracis, mid-thoracic'),
  },
  {
    id: 'iliocostalis-thoracis-2',
    muscle: 'iliocostalis-thoracis',
    label: 'lower thoracic (T11 level)',
    at: { u: 0.5, v: 0.12 },
    palpation: 'Prone; flat palpation of the lateral column of the erector spinae over the lowest rib angles, at the level of the T11 spine.',
    landmarks: ['t10-spinous', 'rib-12'],
    referral: {
      essential: [
        {
          // Up over the lower shoulder blade and down into the lumbar region.
          blobs: [
            { at: { landmark: 'scapula-inferior-angle', offset: [-0.02, -0.02, -0.01] }, radius: 0.035, facing: 'posterior' },
            { at: { landmark: 't12-spinous', offset: [0.05, 0.0, -0.005] }, to: { landmark: 'l3-spinous', offset: [0.05, -0.01, -0.005] }, radius: 0.04, facing: 'posterior' },
          ],
          areas: ['mid-back', 'low-back'],
        },
      ],
      spillover: [
        {
          // Forward round the flank into the abdomen.
          blobs: [{ at: { landmark: 'umbilicus', offset: [0.07, 0.04, -0.03] }, radius: 0.04 }],
          areas: ['upper-abdomen', 'lower-abdomen'],
        },
      ],
    },
    symptoms: ['ache in the lower back and up over the lower ribs', 'pain wrapping forward into the belly', 'pain that can feel like kidney trouble'],
    conditions: ['flank-pain', 'low-back-pain', 'abdominal-wall-pain'],
    perpetuatingFactors: ['bending and lifting with a twist', 'long slumped sitting', 'a short leg'],
    selfCare: 'Lie on the back with a ball beside the spine just above the waist and breathe slowly, then hug the knees to the chest.',
    prevalence: 'common',
    source: v1('Thoracolumbar paraspinal muscles', 'iliocostalis thoracis, low thoracic'),
  },
  // ── Rotatores (v: lower thoracic 0 → upper thoracic 1) ─────────────────────────────────────────────────────────
  {
    id: 'rotatores-1',
    muscle: 'rotatores',
    label: 'deep, beside the spinous processes',
    at: { u: 0.3, v: 0.5, depth: 0.8 },
    palpation: 'Prone; deep pressure in the groove beside the spinous processes, or tapping each spinous process, which is tender at the level of the affected segment.',
    landmarks: ['t7-spinous'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 't7-spinous', offset: [0.006, 0.0, -0.006] }, radius: 0.025, facing: 'posterior' }],
          areas: ['mid-back', 'between-shoulder-blades'],
        },
      ],
      spillover: [],
    },
    symptoms: ['a sore spot right on the spine at one level', 'the spine feels stuck when twisting', 'tenderness when a spinous process is tapped'],
    conditions: ['interscapular-pain'],
    perpetuatingFactors: ['a vertebra that does not move well at its joint', 'sitting twisted to one side', 'a sudden twisting strain'],
    selfCare: 'Lie on the back over a rolled towel across the sore level and breathe slowly; add gentle trunk rotation from side to side.',
    prevalence: 'occasional',
    source: v1('Thoracolumbar paraspinal muscles', 'deep paraspinals (multifidi and rotatores)'),
  },
  // ── Internal oblique, transversus abdominis, pyramidalis (abdominal muscles) ─────────────────────────────────────
  {
    id: 'internal-oblique-1',
    muscle: 'internal-oblique',
    label: 'lower lateral wall, above the inguinal ligament',
    at: { u: 0.6, v: 0.2 },
    palpation: 'Supine; flat palpation just above the outer half of the inguinal ligament and inside the front of the hip bone, the person lifting the head to tense the wall.',
    landmarks: ['asis'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'pubic-tubercle', offset: [0.02, 0.02, 0.02] }, to: { landmark: 'asis', offset: [-0.03, -0.01, 0.02] }, radius: 0.035 }],
          areas: ['groin', 'lower-abdomen'],
        },
      ],
      spillover: [
        { blobs: [{ at: { landmark: 'pubic-symphysis', offset: [0.02, -0.05, 0.02] }, radius: 0.025 }], areas: ['genitals'] },
      ],
    },
    symptoms: ['ache low in the side of the belly and into the groin', 'pain that may reach the testicle or labia', 'pain on coughing or lifting'],
    conditions: ['abdominal-wall-pain', 'groin-pain'],
    perpetuatingFactors: ['sit-ups and hard core work', 'a chronic cough', 'scars from hernia or appendix surgery', 'slumped sitting'],
    selfCare: 'Lie on the back and press gently with flat fingers just inside the front of the hip bone while breathing into the belly; then stretch by lying over the other side with the arm overhead.',
    prevalence: 'occasional',
    source: v1('Abdominal muscles', 'lateral abdominal wall'),
  },
  {
    id: 'internal-oblique-2',
    muscle: 'internal-oblique',
    label: 'upper, under the rib margin',
    at: { u: 0.4, v: 0.85 },
    palpation: 'Supine; flat palpation along and just below the lower rib margin, outside the rectus.',
    referral: {
      essential: [
        {
          // Heartburn-like pain high in the belly, spreading across it.
          blobs: [{ at: { landmark: 'xiphoid', offset: [0.03, -0.05, 0.01] }, to: { landmark: 'xiphoid', offset: [0.07, -0.07, -0.01] }, radius: 0.035 }],
          areas: ['upper-abdomen'],
          laterality: 'bilateral',
        },
      ],
      spillover: [
        { blobs: [{ at: { landmark: 'xiphoid', offset: [0.01, 0.03, 0.0] }, radius: 0.03 }], areas: ['chest'] },
      ],
    },
    symptoms: ['burning high in the belly like heartburn', 'fullness and belching after meals', 'pain across the upper belly on both sides'],
    conditions: ['abdominal-wall-pain', 'atypical-chest-pain'],
    perpetuatingFactors: ['slumped sitting', 'tight waistbands', 'holding the belly in under stress'],
    selfCare: 'Lie on the back over a rolled towel under the mid-back and breathe slowly into the belly, letting the rib margin widen.',
    prevalence: 'occasional',
    source: v1('Abdominal muscles', 'upper abdominal wall'),
  },
  {
    id: 'transversus-abdominis-1',
    muscle: 'transversus-abdominis',
    label: 'under the costal margin',
    at: { u: 0.6, v: 0.8, depth: 0.8 },
    palpation: 'Supine; deep flat palpation just under the lower rib margin, outside the rectus, while the person draws the belly in.',
    referral: {
      essential: [
        {
          // A band across the upper belly between the two rib margins.
          blobs: [{ at: { landmark: 'xiphoid', offset: [0.0, -0.05, 0.01] }, to: { landmark: 'xiphoid', offset: [0.09, -0.07, -0.02] }, radius: 0.03 }],
          areas: ['upper-abdomen'],
          laterality: 'bilateral',
        },
      ],
      spillover: [],
    },
    symptoms: ['a band of pain across the upper belly', 'pain on coughing or straining'],
    conditions: ['abdominal-wall-pain'],
    perpetuatingFactors: ['a chronic cough', 'heavy lifting with breath held', 'abdominal surgery'],
    selfCare: 'Lie on the back with the knees bent and breathe slowly and fully into the belly, letting it soften each time you breathe out.',
    prevalence: 'rare',
    source: v1('Abdominal muscles', 'transversus abdominis'),
  },
  {
    id: 'pyramidalis-1',
    muscle: 'pyramidalis',
    label: 'just above the pubis',
    at: { u: 0.5, v: 0.4 },
    palpation: 'Supine; flat palpation a finger’s breadth beside the midline just above the pubic bone.',
    landmarks: ['pubic-symphysis'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'pubic-symphysis', offset: [0.008, 0.04, 0.03] }, to: { landmark: 'umbilicus', offset: [0.008, -0.05, 0.0] }, radius: 0.022 }],
          areas: ['lower-abdomen'],
        },
      ],
      spillover: [],
    },
    symptoms: ['pain close to the midline between the pubic bone and the navel', 'discomfort with a full bladder'],
    conditions: ['abdominal-wall-pain', 'pelvic-pain'],
    perpetuatingFactors: ['sit-ups', 'a scar from lower abdominal surgery', 'straining'],
    selfCare: 'Lie on the back with the knees bent and hold gentle flat pressure just above the pubic bone beside the midline, breathing into the belly.',
    prevalence: 'rare',
    source: v1('Abdominal muscles', 'pyramidalis'),
  },
] as const satisfies readonly TriggerPoint[]
