import { render } from 'preact';
import { setupPage } from '@/components/page-setup';
import { App } from './App';
import '@/components/theme.css';
import '@/components/controls.css';
import './style.css';

setupPage('welcomeTitle');
render(<App />, document.getElementById('root')!);
