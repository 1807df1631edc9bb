/** The learned layer's features live in src/ (the shipped STAR layer reads them at answer time). */
export * from '../../../src/text/learned-features.js';
