/** The bridge from the handout to the 3D view: the view registers a renderer of print pictures; the handout calls it. */

/**
 * Front and back of the body, and a close-up of the chosen pattern, rendered at print size. Canvases, not image
 * URLs: the Content-Security-Policy allows images from the app's own files only.
 */
export interface PrintPictureSet {
  readonly front: HTMLCanvasElement
  readonly back: HTMLCanvasElement
  /** The trigger point with its whole zone, as the screen frames it; absent without a chosen trigger point. */
  readonly pattern?: HTMLCanvasElement
}

export const printPictures: { render: ((widthPx: number, heightPx: number) => Promise<PrintPictureSet>) | null } = { render: null }
