import { listenForMessages } from '@/utils/messaging';
import { handleMessage } from './messages';

export default defineBackground({
  type: 'module',
  main() {
    listenForMessages(handleMessage);
  },
});
