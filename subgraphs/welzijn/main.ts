import { runStandalone } from '../kit/standalone';
import { welzijn } from '.';

void runStandalone(welzijn);
