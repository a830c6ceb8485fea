// The classroom server's public face.
export { startClassroomServer, MAX_FRAME_BYTES, type ClassroomServer, type ClassroomServerOptions } from './app';
export { ClassroomRoom, CLOSED, FINISHED_FOR_MS, KICKED, MAX_CLASSES, parseSetup } from './classroom-room';
export { ClassStore, defaultClassDir, tokenHash, tokenMatches, type ClassMeta, type StoredClass } from './class-store';
