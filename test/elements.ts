/** Every element the drop-in bundle ships (the hostile and bundle suites cover each). */
export const ELEMENTS = ['endht-countdown', 'endht-stats', 'endht-share', 'endht-blue-heart', 'endht-donate', 'endht-partners'];

/** The elements the product must have when complete (DESIGN §1). */
export const ALL_SIX = ['endht-countdown', 'endht-stats', 'endht-share', 'endht-blue-heart', 'endht-donate', 'endht-partners'];
