import { classNamesFor } from '../../lib/class-names.ts';
import styles from './practice.module.css';

/** This feature's class names: its CSS module's (unique to it) and the app's shared ones. */
export const cx = classNamesFor(styles);
