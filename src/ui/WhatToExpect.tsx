/** What a client can expect from neuromuscular therapy, when to see a doctor instead, and what this tool is not. */
export function WhatToExpect() {
  return (
    <details className="expect" open>
      <summary>What to expect from neuromuscular therapy</summary>
      <ul>
        <li>Tell your therapist how the pressure feels: too much, too little, better or worse. You stay in charge.</li>
        <li>Pressing a trigger point may reproduce the pain you know, often away from where it is pressed: that is referred pain.</li>
        <li>Some soreness after a session is normal and should fade within 24–36 hours.</li>
        <li>Tight muscles usually stay more relaxed for 4–14 days; regular sessions and self-care make that last.</li>
        <li>Drink water, keep moving gently, and look at what keeps the muscle tight: posture, breathing, stress, sleep, nutrition.</li>
      </ul>
      <SeeADoctorFirst />
      <p className="muted">This is a guide for learning and conversation, not a diagnosis.</p>
    </details>
  )
}

/** When to see a doctor instead, whatever the muscle: shown with the pain finder and printed on the handout. */
export function SeeADoctorFirst() {
  return (
    <div className="red-flags" role="note">
      <strong>See a doctor first</strong> for chest pain or pressure (call emergency services if it comes with breathlessness,
      sweating or pain spreading to the arm or jaw), pain after an injury or fall, fever, numbness or weakness that
      spreads, loss of bladder or bowel control, unexplained weight loss, or pain that wakes you every night.
    </div>
  )
}
