// Browser entry point: the stylesheet and the application shell. Phaser and the map asset
// are loaded later, on demand, so the start screen is interactive at once.
import './ui/styles.css';
import { startApp } from './ui/app';

const root = document.getElementById('app');
if (root) startApp(root);
