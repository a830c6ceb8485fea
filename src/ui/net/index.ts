// The networked classroom's screens, loaded on first use (app.ts imports this dynamically,
// and with it @colyseus/sdk): the teacher's setup and projector, and a team's screen.
import type { AppEnv, NetRequest } from '../env';
import { ProjectorScreen } from './projector';
import { TeamScreen } from './team';
import './net.css';

export function openNet(root: HTMLElement, env: AppEnv, request: NetRequest): { destroy(): void } {
  return request.role === 'teacher' ? new ProjectorScreen(root, env, request.code) : new TeamScreen(root, env, request.code);
}
