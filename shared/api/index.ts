export * from './contract';
export * from './schemas';
export * from './envelope';
export * from './client';
export { dispatch } from './dispatch';
