/** The 3D view's code, requested by the entry before the panels load, so both download at once. */
export const viewerChunk: { promise: Promise<typeof import('./scene/Viewer')> | null } = { promise: null }
