/**
 * RedNote's own Chinese UI text, explained in every target language. `label` is the text as the site shows it;
 * `pattern` (a RegExp source, compiled with the `u` flag) covers labels with a number or trailing text, and its one
 * capture group, if any, fills `{n}` in the meanings. For zh-CN / zh-TW the meaning is a short explanation of what
 * the control does. Validated by tests/unit/guidance/data.test.ts; looked up with `siteLabelMeaning` (index.ts).
 */
import type { SiteLabelInput } from './schema';

export const SITE_LABELS = [
  // ───────────── navigation ─────────────
  {
    id: 'discover',
    label: '发现',
    meanings: {
      en: 'Discover', 'zh-CN': '发现：浏览为你推荐的笔记', 'zh-TW': '發現：瀏覽為你推薦的筆記', es: 'Descubrir', ja: '発見', ko: '발견',
      pt: 'Descobrir', fr: 'Découvrir', de: 'Entdecken', ru: 'Интересное', vi: 'Khám phá', id: 'Jelajahi', th: 'สำรวจ',
      ar: 'استكشاف', hi: 'एक्सप्लोर', it: 'Scopri',
    },
  },
  {
    id: 'home',
    label: '首页',
    meanings: {
      en: 'Home', 'zh-CN': '首页：回到主页面', 'zh-TW': '首頁：回到主頁面', es: 'Inicio', ja: 'ホーム', ko: '홈',
      pt: 'Início', fr: 'Accueil', de: 'Startseite', ru: 'Главная', vi: 'Trang chủ', id: 'Beranda', th: 'หน้าแรก',
      ar: 'الرئيسية', hi: 'होम', it: 'Home',
    },
  },
  {
    id: 'publish',
    label: '发布',
    meanings: {
      en: 'Post', 'zh-CN': '发布：发一篇新笔记', 'zh-TW': '發布：發表一篇新筆記', es: 'Publicar', ja: '投稿', ko: '게시',
      pt: 'Publicar', fr: 'Publier', de: 'Posten', ru: 'Опубликовать', vi: 'Đăng', id: 'Posting', th: 'โพสต์',
      ar: 'نشر', hi: 'पोस्ट करें', it: 'Pubblica',
    },
  },
  {
    id: 'notifications',
    label: '通知',
    meanings: {
      en: 'Notifications', 'zh-CN': '通知：收到的点赞、评论和新关注', 'zh-TW': '通知：收到的按讚、留言和新追蹤',
      es: 'Notificaciones', ja: '通知', ko: '알림', pt: 'Notificações', fr: 'Notifications', de: 'Benachrichtigungen',
      ru: 'Уведомления', vi: 'Thông báo', id: 'Notifikasi', th: 'การแจ้งเตือน', ar: 'الإشعارات', hi: 'सूचनाएं', it: 'Notifiche',
    },
  },
  {
    id: 'messages',
    label: '消息',
    meanings: {
      en: 'Messages', 'zh-CN': '消息：私信和互动消息', 'zh-TW': '消息：私訊和互動消息', es: 'Mensajes', ja: 'メッセージ', ko: '메시지',
      pt: 'Mensagens', fr: 'Messages', de: 'Nachrichten', ru: 'Сообщения', vi: 'Tin nhắn', id: 'Pesan', th: 'ข้อความ',
      ar: 'الرسائل', hi: 'संदेश', it: 'Messaggi',
    },
  },
  {
    id: 'me',
    label: '我',
    meanings: {
      en: 'Me (your profile)', 'zh-CN': '我：你的个人主页', 'zh-TW': '我：你的個人主頁', es: 'Yo (tu perfil)',
      ja: '自分（プロフィール）', ko: '나 (내 프로필)', pt: 'Eu (seu perfil)', fr: 'Moi (votre profil)', de: 'Ich (dein Profil)',
      ru: 'Я (ваш профиль)', vi: 'Tôi (trang cá nhân)', id: 'Saya (profil Anda)', th: 'ฉัน (โปรไฟล์ของคุณ)',
      ar: 'أنا (ملفك الشخصي)', hi: 'मैं (आपकी प्रोफ़ाइल)', it: 'Io (il tuo profilo)',
    },
  },
  {
    id: 'log-in',
    label: '登录',
    meanings: {
      en: 'Log in', 'zh-CN': '登录：登录你的账号', 'zh-TW': '登入：登入你的帳號', es: 'Iniciar sesión', ja: 'ログイン', ko: '로그인',
      pt: 'Entrar', fr: 'Se connecter', de: 'Anmelden', ru: 'Войти', vi: 'Đăng nhập', id: 'Masuk', th: 'เข้าสู่ระบบ',
      ar: 'تسجيل الدخول', hi: 'लॉग इन करें', it: 'Accedi',
    },
  },
  {
    id: 'search-rednote',
    label: '搜索小红书',
    meanings: {
      en: 'Search RedNote', 'zh-CN': '搜索小红书：在这里输入关键词搜索', 'zh-TW': '搜尋小紅書：在這裡輸入關鍵字搜尋',
      es: 'Buscar en RedNote', ja: 'RedNoteを検索', ko: 'RedNote 검색', pt: 'Pesquisar no RedNote', fr: 'Rechercher sur RedNote',
      de: 'RedNote durchsuchen', ru: 'Поиск в RedNote', vi: 'Tìm kiếm trên RedNote', id: 'Cari di RedNote',
      th: 'ค้นหาใน RedNote', ar: 'البحث في RedNote', hi: 'RedNote पर खोजें', it: 'Cerca su RedNote',
    },
  },
  {
    id: 'live',
    label: '直播',
    meanings: {
      en: 'Live', 'zh-CN': '直播：观看直播', 'zh-TW': '直播：觀看直播', es: 'En vivo', ja: 'ライブ', ko: '라이브', pt: 'Ao vivo',
      fr: 'En direct', de: 'Live', ru: 'Прямой эфир', vi: 'Trực tiếp', id: 'Live', th: 'ไลฟ์', ar: 'بث مباشر', hi: 'लाइव',
      it: 'Diretta',
    },
  },

  // ───────────── feed channels ─────────────
  {
    id: 'recommended',
    label: '推荐',
    meanings: {
      en: 'Recommended', 'zh-CN': '推荐：根据兴趣为你推荐的内容', 'zh-TW': '推薦：依興趣為你推薦的內容', es: 'Recomendado', ja: 'おすすめ',
      ko: '추천', pt: 'Recomendados', fr: 'Recommandé', de: 'Empfohlen', ru: 'Рекомендации', vi: 'Đề xuất', id: 'Rekomendasi',
      th: 'แนะนำ', ar: 'مقترح', hi: 'अनुशंसित', it: 'Consigliati',
    },
  },
  {
    id: 'channel-outfits',
    label: '穿搭',
    meanings: {
      en: 'Outfits', 'zh-CN': '穿搭：服装搭配频道', 'zh-TW': '穿搭：服裝搭配頻道', es: 'Outfits', ja: 'コーデ', ko: '코디', pt: 'Looks',
      fr: 'Tenues', de: 'Outfits', ru: 'Образы', vi: 'Phối đồ', id: 'Outfit', th: 'แฟชั่น', ar: 'إطلالات', hi: 'आउटफ़िट',
      it: 'Outfit',
    },
  },
  {
    id: 'channel-food',
    label: '美食',
    meanings: {
      en: 'Food', 'zh-CN': '美食：吃喝与菜谱频道', 'zh-TW': '美食：吃喝與食譜頻道', es: 'Comida', ja: 'グルメ', ko: '음식', pt: 'Comida',
      fr: 'Cuisine', de: 'Essen', ru: 'Еда', vi: 'Ẩm thực', id: 'Kuliner', th: 'อาหาร', ar: 'طعام', hi: 'खाना', it: 'Cibo',
    },
  },
  {
    id: 'channel-makeup',
    label: '彩妆',
    meanings: {
      en: 'Makeup', 'zh-CN': '彩妆：化妆频道', 'zh-TW': '彩妝：化妝頻道', es: 'Maquillaje', ja: 'メイク', ko: '메이크업',
      pt: 'Maquiagem', fr: 'Maquillage', de: 'Make-up', ru: 'Макияж', vi: 'Trang điểm', id: 'Makeup', th: 'แต่งหน้า',
      ar: 'مكياج', hi: 'मेकअप', it: 'Trucco',
    },
  },
  {
    id: 'channel-movies-tv',
    label: '影视',
    meanings: {
      en: 'Movies & TV', 'zh-CN': '影视：电影和电视剧频道', 'zh-TW': '影視：電影和電視劇頻道', es: 'Cine y TV', ja: '映画・ドラマ',
      ko: '영화·드라마', pt: 'Filmes e séries', fr: 'Films et séries', de: 'Filme & Serien', ru: 'Кино и сериалы', vi: 'Phim ảnh',
      id: 'Film & TV', th: 'ภาพยนตร์และซีรีส์', ar: 'أفلام ومسلسلات', hi: 'फ़िल्में और टीवी', it: 'Film e serie',
    },
  },
  {
    id: 'channel-career',
    label: '职场',
    meanings: {
      en: 'Career', 'zh-CN': '职场：工作与求职频道', 'zh-TW': '職場：工作與求職頻道', es: 'Trabajo', ja: '仕事・キャリア', ko: '직장',
      pt: 'Carreira', fr: 'Carrière', de: 'Beruf', ru: 'Работа и карьера', vi: 'Công sở', id: 'Karier', th: 'การทำงาน',
      ar: 'العمل', hi: 'करियर', it: 'Lavoro',
    },
  },
  {
    id: 'channel-relationships',
    label: '情感',
    meanings: {
      en: 'Relationships', 'zh-CN': '情感：恋爱与人际关系频道', 'zh-TW': '情感：戀愛與人際關係頻道', es: 'Relaciones', ja: '恋愛・人間関係',
      ko: '연애·관계', pt: 'Relacionamentos', fr: 'Relations', de: 'Beziehungen', ru: 'Отношения', vi: 'Tình cảm', id: 'Hubungan',
      th: 'ความสัมพันธ์', ar: 'علاقات', hi: 'रिश्ते', it: 'Relazioni',
    },
  },
  {
    id: 'channel-home',
    label: '家居',
    meanings: {
      en: 'Home & living', 'zh-CN': '家居：装修与居家生活频道', 'zh-TW': '家居：裝修與居家生活頻道', es: 'Hogar', ja: 'インテリア',
      ko: '인테리어', pt: 'Casa e decoração', fr: 'Maison', de: 'Wohnen', ru: 'Дом и интерьер', vi: 'Nhà cửa', id: 'Rumah',
      th: 'บ้านและการตกแต่ง', ar: 'المنزل', hi: 'घर और सजावट', it: 'Casa',
    },
  },
  {
    id: 'channel-games',
    label: '游戏',
    meanings: {
      en: 'Games', 'zh-CN': '游戏：游戏频道', 'zh-TW': '遊戲：遊戲頻道', es: 'Juegos', ja: 'ゲーム', ko: '게임', pt: 'Jogos',
      fr: 'Jeux vidéo', de: 'Spiele', ru: 'Игры', vi: 'Trò chơi', id: 'Game', th: 'เกม', ar: 'ألعاب', hi: 'गेम्स', it: 'Giochi',
    },
  },
  {
    id: 'channel-travel',
    label: '旅行',
    meanings: {
      en: 'Travel', 'zh-CN': '旅行：旅游攻略频道', 'zh-TW': '旅行：旅遊攻略頻道', es: 'Viajes', ja: '旅行', ko: '여행', pt: 'Viagens',
      fr: 'Voyage', de: 'Reisen', ru: 'Путешествия', vi: 'Du lịch', id: 'Perjalanan', th: 'ท่องเที่ยว', ar: 'سفر', hi: 'यात्रा',
      it: 'Viaggi',
    },
  },
  {
    id: 'channel-fitness',
    label: '健身',
    meanings: {
      en: 'Fitness', 'zh-CN': '健身：运动健身频道', 'zh-TW': '健身：運動健身頻道', es: 'Fitness', ja: 'フィットネス', ko: '운동',
      pt: 'Fitness', fr: 'Fitness', de: 'Fitness', ru: 'Фитнес', vi: 'Thể hình', id: 'Kebugaran', th: 'ฟิตเนส',
      ar: 'لياقة بدنية', hi: 'फ़िटनेस', it: 'Fitness',
    },
  },

  // ───────────── note actions ─────────────
  {
    id: 'follow',
    label: '关注',
    meanings: {
      en: 'Follow', 'zh-CN': '关注：关注这位作者（或查看已关注的人的笔记）', 'zh-TW': '關注：追蹤這位作者（或查看已追蹤的人的筆記）',
      es: 'Seguir', ja: 'フォロー', ko: '팔로우', pt: 'Seguir', fr: 'Suivre', de: 'Folgen', ru: 'Подписаться', vi: 'Theo dõi',
      id: 'Ikuti', th: 'ติดตาม', ar: 'متابعة', hi: 'फ़ॉलो करें', it: 'Segui',
    },
  },
  {
    id: 'following',
    label: '已关注',
    meanings: {
      en: 'Following', 'zh-CN': '已关注：你已关注这位作者，再点可取消关注', 'zh-TW': '已關注：你已追蹤這位作者，再點可取消追蹤',
      es: 'Siguiendo', ja: 'フォロー中', ko: '팔로잉', pt: 'Seguindo', fr: 'Abonné', de: 'Gefolgt', ru: 'Вы подписаны',
      vi: 'Đang theo dõi', id: 'Mengikuti', th: 'กำลังติดตาม', ar: 'تمت المتابعة', hi: 'फ़ॉलो कर रहे हैं', it: 'Segui già',
    },
  },
  {
    id: 'follow-back',
    label: '回关',
    meanings: {
      en: 'Follow back', 'zh-CN': '回关：关注已经关注你的人', 'zh-TW': '回關：追蹤已經追蹤你的人', es: 'Seguir también',
      ja: 'フォローバック', ko: '맞팔로우', pt: 'Seguir de volta', fr: 'Suivre en retour', de: 'Zurückfolgen',
      ru: 'Подписаться в ответ', vi: 'Theo dõi lại', id: 'Ikuti balik', th: 'ติดตามกลับ', ar: 'متابعة بالمثل',
      hi: 'वापस फ़ॉलो करें', it: 'Ricambia il follow',
    },
  },
  {
    id: 'mutual-follow',
    label: '互相关注',
    meanings: {
      en: 'Following each other', 'zh-CN': '互相关注：你们已经彼此关注', 'zh-TW': '互相關注：你們已經彼此追蹤', es: 'Se siguen mutuamente',
      ja: '相互フォロー', ko: '맞팔로우 중', pt: 'Seguem um ao outro', fr: 'Abonnés mutuels', de: 'Gegenseitig gefolgt',
      ru: 'Взаимная подписка', vi: 'Theo dõi lẫn nhau', id: 'Saling mengikuti', th: 'ติดตามซึ่งกันและกัน', ar: 'متابعة متبادلة',
      hi: 'एक-दूसरे को फ़ॉलो करते हैं', it: 'Vi seguite a vicenda',
    },
  },
  {
    id: 'like',
    label: '点赞',
    meanings: {
      en: 'Like', 'zh-CN': '点赞：给这条内容点个赞', 'zh-TW': '點讚：為這則內容按讚', es: 'Me gusta', ja: 'いいね', ko: '좋아요',
      pt: 'Curtir', fr: "J'aime", de: 'Gefällt mir', ru: 'Нравится', vi: 'Thích', id: 'Suka', th: 'ถูกใจ', ar: 'إعجاب',
      hi: 'लाइक', it: 'Mi piace',
    },
  },
  {
    id: 'like-count',
    label: '赞',
    meanings: {
      en: 'Like', 'zh-CN': '赞：点赞按钮（还没有人点赞时显示这个字）', 'zh-TW': '讚：按讚按鈕（還沒有人按讚時顯示這個字）',
      es: 'Me gusta', ja: 'いいね', ko: '좋아요', pt: 'Curtir', fr: "J'aime", de: 'Gefällt mir', ru: 'Нравится', vi: 'Thích',
      id: 'Suka', th: 'ถูกใจ', ar: 'إعجاب', hi: 'लाइक', it: 'Mi piace',
    },
  },
  {
    id: 'save',
    label: '收藏',
    meanings: {
      en: 'Save', 'zh-CN': '收藏：保存到你的收藏夹', 'zh-TW': '收藏：儲存到你的收藏', es: 'Guardar', ja: '保存', ko: '저장',
      pt: 'Salvar', fr: 'Enregistrer', de: 'Speichern', ru: 'Сохранить', vi: 'Lưu', id: 'Simpan', th: 'บันทึก', ar: 'حفظ',
      hi: 'सेव करें', it: 'Salva',
    },
  },
  {
    id: 'comment',
    label: '评论',
    meanings: {
      en: 'Comment', 'zh-CN': '评论：发表或查看评论', 'zh-TW': '評論：發表或查看留言', es: 'Comentar', ja: 'コメント', ko: '댓글',
      pt: 'Comentar', fr: 'Commenter', de: 'Kommentieren', ru: 'Комментировать', vi: 'Bình luận', id: 'Komentar',
      th: 'แสดงความคิดเห็น', ar: 'تعليق', hi: 'टिप्पणी करें', it: 'Commenta',
    },
  },
  {
    id: 'share',
    label: '分享',
    meanings: {
      en: 'Share', 'zh-CN': '分享：把这篇笔记发给别人', 'zh-TW': '分享：把這篇筆記傳給別人', es: 'Compartir', ja: 'シェア', ko: '공유',
      pt: 'Compartilhar', fr: 'Partager', de: 'Teilen', ru: 'Поделиться', vi: 'Chia sẻ', id: 'Bagikan', th: 'แชร์',
      ar: 'مشاركة', hi: 'शेयर करें', it: 'Condividi',
    },
  },
  {
    id: 'copy-link',
    label: '复制链接',
    meanings: {
      en: 'Copy link', 'zh-CN': '复制链接：复制这篇笔记的网址', 'zh-TW': '複製連結：複製這篇筆記的網址', es: 'Copiar enlace',
      ja: 'リンクをコピー', ko: '링크 복사', pt: 'Copiar link', fr: 'Copier le lien', de: 'Link kopieren', ru: 'Копировать ссылку',
      vi: 'Sao chép liên kết', id: 'Salin tautan', th: 'คัดลอกลิงก์', ar: 'نسخ الرابط', hi: 'लिंक कॉपी करें', it: 'Copia link',
    },
  },
  {
    id: 'report',
    label: '举报',
    meanings: {
      en: 'Report', 'zh-CN': '举报：向平台报告违规内容', 'zh-TW': '檢舉：向平台回報違規內容', es: 'Denunciar', ja: '報告', ko: '신고',
      pt: 'Denunciar', fr: 'Signaler', de: 'Melden', ru: 'Пожаловаться', vi: 'Báo cáo', id: 'Laporkan', th: 'รายงาน',
      ar: 'إبلاغ', hi: 'रिपोर्ट करें', it: 'Segnala',
    },
  },
  {
    id: 'not-interested',
    label: '不感兴趣',
    meanings: {
      en: 'Not interested', 'zh-CN': '不感兴趣：以后少推荐类似内容', 'zh-TW': '不感興趣：以後少推薦類似內容', es: 'No me interesa',
      ja: '興味なし', ko: '관심 없음', pt: 'Não tenho interesse', fr: 'Pas intéressé', de: 'Kein Interesse', ru: 'Не интересно',
      vi: 'Không quan tâm', id: 'Tidak tertarik', th: 'ไม่สนใจ', ar: 'غير مهتم', hi: 'दिलचस्पी नहीं', it: 'Non mi interessa',
    },
  },
  {
    id: 'translate',
    label: '翻译',
    meanings: {
      en: 'Translate', 'zh-CN': '翻译：把内容翻译成你的语言', 'zh-TW': '翻譯：把內容翻譯成你的語言', es: 'Traducir', ja: '翻訳', ko: '번역',
      pt: 'Traduzir', fr: 'Traduire', de: 'Übersetzen', ru: 'Перевести', vi: 'Dịch', id: 'Terjemahkan', th: 'แปล', ar: 'ترجمة',
      hi: 'अनुवाद करें', it: 'Traduci',
    },
  },
  {
    id: 'more',
    label: '更多',
    meanings: {
      en: 'More', 'zh-CN': '更多：更多选项', 'zh-TW': '更多：更多選項', es: 'Más', ja: 'その他', ko: '더보기', pt: 'Mais', fr: 'Plus',
      de: 'Mehr', ru: 'Ещё', vi: 'Thêm', id: 'Lainnya', th: 'เพิ่มเติม', ar: 'المزيد', hi: 'और', it: 'Altro',
    },
  },
  {
    id: 'expand',
    label: '展开',
    meanings: {
      en: 'Show more', 'zh-CN': '展开：显示全部内容', 'zh-TW': '展開：顯示全部內容', es: 'Ver más', ja: 'もっと見る', ko: '더보기',
      pt: 'Ver mais', fr: 'Voir plus', de: 'Mehr anzeigen', ru: 'Развернуть', vi: 'Xem thêm', id: 'Selengkapnya',
      th: 'ดูเพิ่มเติม', ar: 'عرض المزيد', hi: 'और देखें', it: 'Mostra altro',
    },
  },
  {
    id: 'collapse',
    label: '收起',
    meanings: {
      en: 'Show less', 'zh-CN': '收起：折叠展开的内容', 'zh-TW': '收起：摺疊展開的內容', es: 'Ver menos', ja: '閉じる', ko: '접기',
      pt: 'Ver menos', fr: 'Voir moins', de: 'Weniger anzeigen', ru: 'Свернуть', vi: 'Thu gọn', id: 'Sembunyikan', th: 'ย่อ',
      ar: 'عرض أقل', hi: 'कम देखें', it: 'Mostra meno',
    },
  },

  // ───────────── comments ─────────────
  {
    id: 'reply',
    label: '回复',
    meanings: {
      en: 'Reply', 'zh-CN': '回复：回复这条评论', 'zh-TW': '回覆：回覆這則留言', es: 'Responder', ja: '返信', ko: '답글',
      pt: 'Responder', fr: 'Répondre', de: 'Antworten', ru: 'Ответить', vi: 'Trả lời', id: 'Balas', th: 'ตอบกลับ', ar: 'رد',
      hi: 'जवाब दें', it: 'Rispondi',
    },
  },
  {
    id: 'send',
    label: '发送',
    meanings: {
      en: 'Send', 'zh-CN': '发送：发出你写的内容', 'zh-TW': '發送：送出你寫的內容', es: 'Enviar', ja: '送信', ko: '보내기',
      pt: 'Enviar', fr: 'Envoyer', de: 'Senden', ru: 'Отправить', vi: 'Gửi', id: 'Kirim', th: 'ส่ง', ar: 'إرسال', hi: 'भेजें',
      it: 'Invia',
    },
  },
  {
    id: 'cancel',
    label: '取消',
    meanings: {
      en: 'Cancel', 'zh-CN': '取消：放弃当前操作', 'zh-TW': '取消：放棄目前的操作', es: 'Cancelar', ja: 'キャンセル', ko: '취소',
      pt: 'Cancelar', fr: 'Annuler', de: 'Abbrechen', ru: 'Отмена', vi: 'Hủy', id: 'Batal', th: 'ยกเลิก', ar: 'إلغاء',
      hi: 'रद्द करें', it: 'Annulla',
    },
  },
  {
    id: 'show-n-replies',
    label: '展开 N 条回复',
    pattern: '^展开\\s*(\\d+(?:\\.\\d+)?万?)\\s*条回复$',
    meanings: {
      en: 'Show {n} replies', 'zh-CN': '展开 {n} 条回复：查看这条评论下的回复', 'zh-TW': '展開 {n} 則回覆：查看這則留言下的回覆',
      es: 'Mostrar {n} respuestas', ja: '{n}件の返信を表示', ko: '답글 {n}개 보기', pt: 'Mostrar {n} respostas',
      fr: 'Afficher {n} réponses', de: '{n} Antworten anzeigen', ru: 'Показать ответы: {n}', vi: 'Xem {n} phản hồi',
      id: 'Tampilkan {n} balasan', th: 'ดูการตอบกลับ {n} รายการ', ar: 'عرض الردود ({n})', hi: '{n} जवाब देखें',
      it: 'Mostra {n} risposte',
    },
  },
  {
    id: 'show-more-replies',
    label: '展开更多回复',
    meanings: {
      en: 'Show more replies', 'zh-CN': '展开更多回复：查看剩下的回复', 'zh-TW': '展開更多回覆：查看剩下的回覆', es: 'Mostrar más respuestas',
      ja: '返信をもっと見る', ko: '답글 더보기', pt: 'Mostrar mais respostas', fr: 'Afficher plus de réponses',
      de: 'Weitere Antworten anzeigen', ru: 'Показать ещё ответы', vi: 'Xem thêm phản hồi', id: 'Tampilkan balasan lainnya',
      th: 'ดูการตอบกลับเพิ่มเติม', ar: 'عرض المزيد من الردود', hi: 'और जवाब देखें', it: 'Mostra altre risposte',
    },
  },
  {
    id: 'total-comments',
    label: '共 N 条评论',
    pattern: '^共\\s*(\\d+(?:\\.\\d+)?万?)\\s*条评论$',
    meanings: {
      en: '{n} comments', 'zh-CN': '共 {n} 条评论：这篇笔记的评论总数', 'zh-TW': '共 {n} 則留言：這篇筆記的留言總數',
      es: '{n} comentarios', ja: 'コメント{n}件', ko: '댓글 {n}개', pt: '{n} comentários', fr: '{n} commentaires',
      de: '{n} Kommentare', ru: 'Комментариев: {n}', vi: '{n} bình luận', id: '{n} komentar', th: '{n} ความคิดเห็น',
      ar: 'التعليقات: {n}', hi: '{n} टिप्पणियां', it: '{n} commenti',
    },
  },
  {
    id: 'say-something',
    label: '说点什么...',
    pattern: '^说点什么(?:\\.{2,3}|…{1,2})?$',
    meanings: {
      en: 'Say something…', 'zh-CN': '说点什么...：在这里输入你的评论', 'zh-TW': '說點什麼...：在這裡輸入你的留言', es: 'Di algo…',
      ja: '何か書いてみよう…', ko: '한마디 남겨 보세요…', pt: 'Diga algo…', fr: 'Dites quelque chose…', de: 'Sag etwas …',
      ru: 'Напишите что-нибудь…', vi: 'Nói gì đó…', id: 'Katakan sesuatu…', th: 'พูดอะไรสักหน่อย…', ar: 'قل شيئًا…',
      hi: 'कुछ कहें…', it: "Di' qualcosa…",
    },
  },
  {
    id: 'pinned-comment',
    label: '置顶评论',
    meanings: {
      en: 'Pinned comment', 'zh-CN': '置顶评论：作者固定在最上面的评论', 'zh-TW': '置頂留言：作者固定在最上面的留言', es: 'Comentario fijado',
      ja: '固定されたコメント', ko: '고정된 댓글', pt: 'Comentário fixado', fr: 'Commentaire épinglé', de: 'Angehefteter Kommentar',
      ru: 'Закреплённый комментарий', vi: 'Bình luận được ghim', id: 'Komentar disematkan', th: 'ความคิดเห็นที่ปักหมุด',
      ar: 'تعليق مثبّت', hi: 'पिन की गई टिप्पणी', it: 'Commento fissato',
    },
  },
  {
    id: 'pinned',
    label: '置顶',
    meanings: {
      en: 'Pinned', 'zh-CN': '置顶：被固定在最上面', 'zh-TW': '置頂：被固定在最上面', es: 'Fijado', ja: '固定', ko: '고정됨',
      pt: 'Fixado', fr: 'Épinglé', de: 'Angeheftet', ru: 'Закреплено', vi: 'Đã ghim', id: 'Disematkan', th: 'ปักหมุด',
      ar: 'مثبّت', hi: 'पिन किया गया', it: 'Fissato',
    },
  },
  {
    id: 'author',
    label: '作者',
    meanings: {
      en: 'Author', 'zh-CN': '作者：这条评论来自笔记作者本人', 'zh-TW': '作者：這則留言來自筆記作者本人', es: 'Autor', ja: '投稿者',
      ko: '작성자', pt: 'Autor', fr: 'Auteur', de: 'Autor', ru: 'Автор', vi: 'Tác giả', id: 'Penulis', th: 'ผู้เขียน',
      ar: 'الكاتب', hi: 'लेखक', it: 'Autore',
    },
  },
  {
    id: 'liked-by-author',
    label: '作者赞过',
    meanings: {
      en: 'Liked by the author', 'zh-CN': '作者赞过：笔记作者给这条评论点了赞', 'zh-TW': '作者讚過：筆記作者為這則留言按了讚',
      es: 'Le gustó al autor', ja: '投稿者がいいねしました', ko: '작성자가 좋아함', pt: 'Curtido pelo autor', fr: "Aimé par l'auteur",
      de: 'Dem Autor gefällt das', ru: 'Понравилось автору', vi: 'Tác giả đã thích', id: 'Disukai penulis',
      th: 'ผู้เขียนถูกใจ', ar: 'أعجب الكاتب', hi: 'लेखक को पसंद आया', it: "Piace all'autore",
    },
  },

  // ───────────── date and place line ─────────────
  {
    id: 'ip-location',
    label: 'IP属地',
    pattern: '^IP属地\\s*[:：]',
    meanings: {
      en: 'IP location (region of the internet connection)', 'zh-CN': 'IP属地：平台根据网络连接显示的地区',
      'zh-TW': 'IP屬地：平台依網路連線顯示的地區', es: 'Ubicación IP (región de la conexión a internet)',
      ja: 'IP所在地（インターネット接続の地域）', ko: 'IP 위치 (인터넷 접속 지역)', pt: 'Localização do IP (região da conexão à internet)',
      fr: 'Localisation IP (région de la connexion internet)', de: 'IP-Standort (Region der Internetverbindung)',
      ru: 'IP-местоположение (регион интернет-подключения)', vi: 'Vị trí IP (khu vực kết nối internet)',
      id: 'Lokasi IP (wilayah koneksi internet)', th: 'ตำแหน่ง IP (ภูมิภาคของการเชื่อมต่ออินเทอร์เน็ต)',
      ar: 'موقع IP (منطقة الاتصال بالإنترنت)', hi: 'IP स्थान (इंटरनेट कनेक्शन का क्षेत्र)',
      it: 'Posizione IP (regione della connessione internet)',
    },
  },
  {
    id: 'edited-on',
    label: '编辑于',
    pattern: '^编辑于(?:\\s|\\d|$)',
    meanings: {
      en: 'Edited on', 'zh-CN': '编辑于：笔记最后修改的时间', 'zh-TW': '編輯於：筆記最後修改的時間', es: 'Editado el', ja: '編集日',
      ko: '수정됨', pt: 'Editado em', fr: 'Modifié le', de: 'Bearbeitet am', ru: 'Изменено', vi: 'Đã chỉnh sửa vào',
      id: 'Diedit pada', th: 'แก้ไขเมื่อ', ar: 'عُدّل في', hi: 'संपादित', it: 'Modificato il',
    },
  },
  {
    id: 'just-now',
    label: '刚刚',
    pattern: '^刚刚(?:\\s|$)',
    meanings: {
      en: 'Just now', 'zh-CN': '刚刚：不到一分钟前', 'zh-TW': '剛剛：不到一分鐘前', es: 'Ahora mismo', ja: 'たった今', ko: '방금',
      pt: 'Agora mesmo', fr: "À l'instant", de: 'Gerade eben', ru: 'Только что', vi: 'Vừa xong', id: 'Baru saja',
      th: 'เมื่อสักครู่', ar: 'الآن', hi: 'अभी-अभी', it: 'Proprio ora',
    },
  },
  {
    id: 'minutes-ago',
    label: 'N分钟前',
    pattern: '^(\\d+)\\s*分钟前(?:\\s|$)',
    meanings: {
      en: '{n} minutes ago', 'zh-CN': '{n}分钟前：发布时间', 'zh-TW': '{n}分鐘前：發布時間', es: 'Hace {n} minutos', ja: '{n}分前',
      ko: '{n}분 전', pt: 'Há {n} minutos', fr: 'Il y a {n} minutes', de: 'Vor {n} Minuten', ru: '{n} мин. назад',
      vi: '{n} phút trước', id: '{n} menit yang lalu', th: '{n} นาทีที่แล้ว', ar: 'منذ {n} دقيقة', hi: '{n} मिनट पहले',
      it: '{n} minuti fa',
    },
  },
  {
    id: 'hours-ago',
    label: 'N小时前',
    pattern: '^(\\d+)\\s*小时前(?:\\s|$)',
    meanings: {
      en: '{n} hours ago', 'zh-CN': '{n}小时前：发布时间', 'zh-TW': '{n}小時前：發布時間', es: 'Hace {n} horas', ja: '{n}時間前',
      ko: '{n}시간 전', pt: 'Há {n} horas', fr: 'Il y a {n} heures', de: 'Vor {n} Stunden', ru: '{n} ч. назад',
      vi: '{n} giờ trước', id: '{n} jam yang lalu', th: '{n} ชั่วโมงที่แล้ว', ar: 'منذ {n} ساعة', hi: '{n} घंटे पहले',
      it: '{n} ore fa',
    },
  },
  {
    id: 'yesterday',
    label: '昨天',
    pattern: '^昨天(?:\\s|\\d|$)',
    meanings: {
      en: 'Yesterday', 'zh-CN': '昨天：发布于昨天', 'zh-TW': '昨天：發布於昨天', es: 'Ayer', ja: '昨日', ko: '어제', pt: 'Ontem',
      fr: 'Hier', de: 'Gestern', ru: 'Вчера', vi: 'Hôm qua', id: 'Kemarin', th: 'เมื่อวาน', ar: 'أمس', hi: 'कल', it: 'Ieri',
    },
  },
  {
    id: 'day-before-yesterday',
    label: '前天',
    pattern: '^前天(?:\\s|\\d|$)',
    meanings: {
      en: 'The day before yesterday', 'zh-CN': '前天：发布于两天前', 'zh-TW': '前天：發布於兩天前', es: 'Anteayer', ja: '一昨日',
      ko: '그저께', pt: 'Anteontem', fr: 'Avant-hier', de: 'Vorgestern', ru: 'Позавчера', vi: 'Hôm kia', id: 'Kemarin lusa',
      th: 'เมื่อวานซืน', ar: 'أول أمس', hi: 'परसों', it: "L'altro ieri",
    },
  },
  {
    id: 'days-ago',
    label: 'N天前',
    pattern: '^(\\d+)\\s*天前(?:\\s|$)',
    meanings: {
      en: '{n} days ago', 'zh-CN': '{n}天前：发布时间', 'zh-TW': '{n}天前：發布時間', es: 'Hace {n} días', ja: '{n}日前',
      ko: '{n}일 전', pt: 'Há {n} dias', fr: 'Il y a {n} jours', de: 'Vor {n} Tagen', ru: '{n} дн. назад',
      vi: '{n} ngày trước', id: '{n} hari yang lalu', th: '{n} วันที่แล้ว', ar: 'منذ {n} أيام', hi: '{n} दिन पहले',
      it: '{n} giorni fa',
    },
  },

  // ───────────── profile ─────────────
  {
    id: 'followers',
    label: '粉丝',
    meanings: {
      en: 'Followers', 'zh-CN': '粉丝：关注这个账号的人数', 'zh-TW': '粉絲：追蹤這個帳號的人數', es: 'Seguidores', ja: 'フォロワー',
      ko: '팔로워', pt: 'Seguidores', fr: 'Abonnés', de: 'Follower', ru: 'Подписчики', vi: 'Người theo dõi', id: 'Pengikut',
      th: 'ผู้ติดตาม', ar: 'المتابعون', hi: 'फ़ॉलोअर्स', it: 'Follower',
    },
  },
  {
    id: 'likes-and-saves',
    label: '获赞与收藏',
    meanings: {
      en: 'Likes & saves received', 'zh-CN': '获赞与收藏：这个账号收到的点赞和收藏总数', 'zh-TW': '獲讚與收藏：這個帳號收到的按讚和收藏總數',
      es: 'Me gusta y guardados recibidos', ja: '獲得したいいね・保存', ko: '받은 좋아요 및 저장', pt: 'Curtidas e salvamentos recebidos',
      fr: "J'aime et enregistrements reçus", de: 'Erhaltene Likes & Speicherungen', ru: 'Получено лайков и сохранений',
      vi: 'Lượt thích và lưu đã nhận', id: 'Suka & simpan yang diterima', th: 'ยอดถูกใจและบันทึกที่ได้รับ',
      ar: 'الإعجابات والحفظ المستلمة', hi: 'मिले लाइक और सेव', it: 'Mi piace e salvataggi ricevuti',
    },
  },
  {
    id: 'rednote-id',
    label: '小红书号',
    pattern: '^小红书号\\s*[:：]',
    meanings: {
      en: 'RedNote ID', 'zh-CN': '小红书号：账号的唯一编号', 'zh-TW': '小紅書號：帳號的唯一編號', es: 'ID de RedNote', ja: 'RedNote ID',
      ko: 'RedNote ID', pt: 'ID do RedNote', fr: 'Identifiant RedNote', de: 'RedNote-ID', ru: 'ID в RedNote', vi: 'ID RedNote',
      id: 'ID RedNote', th: 'ไอดี RedNote', ar: 'معرّف RedNote', hi: 'RedNote आईडी', it: 'ID RedNote',
    },
  },
  {
    id: 'notes',
    label: '笔记',
    meanings: {
      en: 'Notes (posts)', 'zh-CN': '笔记：发布的图文和视频帖子', 'zh-TW': '筆記：發布的圖文和影片貼文', es: 'Notas (publicaciones)',
      ja: 'ノート（投稿）', ko: '노트(게시물)', pt: 'Notas (posts)', fr: 'Notes (publications)', de: 'Notes (Beiträge)',
      ru: 'Заметки (посты)', vi: 'Ghi chú (bài đăng)', id: 'Catatan (postingan)', th: 'โน้ต (โพสต์)', ar: 'ملاحظات (منشورات)',
      hi: 'नोट्स (पोस्ट)', it: 'Note (post)',
    },
  },
  {
    id: 'liked-tab',
    label: '赞过',
    meanings: {
      en: 'Liked', 'zh-CN': '赞过：点过赞的笔记', 'zh-TW': '讚過：按過讚的筆記', es: 'Me gustaron', ja: 'いいねした投稿',
      ko: '좋아요한 글', pt: 'Curtidos', fr: 'Aimés', de: 'Gelikt', ru: 'Понравившиеся', vi: 'Đã thích', id: 'Disukai',
      th: 'ที่ถูกใจ', ar: 'أعجبني', hi: 'पसंद किए गए', it: 'Piaciuti',
    },
  },

  // ───────────── notifications ─────────────
  {
    id: 'notif-comments-mentions',
    label: '评论和@',
    meanings: {
      en: 'Comments and @mentions', 'zh-CN': '评论和@：别人的评论和提到你的消息', 'zh-TW': '評論和@：別人的留言和提到你的消息',
      es: 'Comentarios y menciones', ja: 'コメントと@メンション', ko: '댓글 및 @멘션', pt: 'Comentários e menções',
      fr: 'Commentaires et mentions', de: 'Kommentare und @Erwähnungen', ru: 'Комментарии и @упоминания',
      vi: 'Bình luận và @nhắc đến', id: 'Komentar dan @sebutan', th: 'ความคิดเห็นและการกล่าวถึง',
      ar: 'التعليقات والإشارات', hi: 'टिप्पणियां और @उल्लेख', it: 'Commenti e @menzioni',
    },
  },
  {
    id: 'notif-likes-saves',
    label: '赞和收藏',
    meanings: {
      en: 'Likes and saves', 'zh-CN': '赞和收藏：别人给你的点赞和收藏', 'zh-TW': '讚和收藏：別人給你的按讚和收藏', es: 'Me gusta y guardados',
      ja: 'いいねと保存', ko: '좋아요 및 저장', pt: 'Curtidas e salvamentos', fr: "J'aime et enregistrements",
      de: 'Likes und Speicherungen', ru: 'Лайки и сохранения', vi: 'Lượt thích và lưu', id: 'Suka dan simpan',
      th: 'ถูกใจและบันทึก', ar: 'الإعجابات والحفظ', hi: 'लाइक और सेव', it: 'Mi piace e salvataggi',
    },
  },
  {
    id: 'notif-new-followers',
    label: '新增关注',
    meanings: {
      en: 'New followers', 'zh-CN': '新增关注：最近关注你的人', 'zh-TW': '新增關注：最近追蹤你的人', es: 'Nuevos seguidores',
      ja: '新しいフォロワー', ko: '새 팔로워', pt: 'Novos seguidores', fr: 'Nouveaux abonnés', de: 'Neue Follower',
      ru: 'Новые подписчики', vi: 'Người theo dõi mới', id: 'Pengikut baru', th: 'ผู้ติดตามใหม่', ar: 'متابعون جدد',
      hi: 'नए फ़ॉलोअर्स', it: 'Nuovi follower',
    },
  },

  // ───────────── search ─────────────
  {
    id: 'search-all',
    label: '全部',
    meanings: {
      en: 'All', 'zh-CN': '全部：显示所有类型', 'zh-TW': '全部：顯示所有類型', es: 'Todo', ja: 'すべて', ko: '전체', pt: 'Tudo',
      fr: 'Tout', de: 'Alle', ru: 'Все', vi: 'Tất cả', id: 'Semua', th: 'ทั้งหมด', ar: 'الكل', hi: 'सभी', it: 'Tutti',
    },
  },
  {
    id: 'search-photo-posts',
    label: '图文',
    meanings: {
      en: 'Photo posts', 'zh-CN': '图文：图片加文字的笔记', 'zh-TW': '圖文：圖片加文字的筆記', es: 'Fotos', ja: '画像', ko: '이미지',
      pt: 'Fotos', fr: 'Photos', de: 'Bilder', ru: 'Фото', vi: 'Ảnh', id: 'Foto', th: 'รูปภาพ', ar: 'صور', hi: 'फ़ोटो',
      it: 'Foto',
    },
  },
  {
    id: 'search-videos',
    label: '视频',
    meanings: {
      en: 'Videos', 'zh-CN': '视频：视频笔记', 'zh-TW': '影片：影片筆記', es: 'Videos', ja: '動画', ko: '동영상', pt: 'Vídeos',
      fr: 'Vidéos', de: 'Videos', ru: 'Видео', vi: 'Video', id: 'Video', th: 'วิดีโอ', ar: 'فيديوهات', hi: 'वीडियो',
      it: 'Video',
    },
  },
  {
    id: 'sort-relevance',
    label: '综合',
    meanings: {
      en: 'Most relevant', 'zh-CN': '综合：按综合相关度排序', 'zh-TW': '綜合：依綜合相關度排序', es: 'Más relevantes', ja: '関連度順',
      ko: '관련도순', pt: 'Mais relevantes', fr: 'Pertinence', de: 'Relevanz', ru: 'По релевантности', vi: 'Liên quan nhất',
      id: 'Paling relevan', th: 'เกี่ยวข้องที่สุด', ar: 'الأكثر صلة', hi: 'सबसे प्रासंगिक', it: 'Più pertinenti',
    },
  },
  {
    id: 'sort-latest',
    label: '最新',
    meanings: {
      en: 'Latest', 'zh-CN': '最新：按发布时间排序', 'zh-TW': '最新：依發布時間排序', es: 'Más recientes', ja: '新着順', ko: '최신',
      pt: 'Mais recentes', fr: 'Plus récents', de: 'Neueste', ru: 'Новые', vi: 'Mới nhất', id: 'Terbaru', th: 'ล่าสุด',
      ar: 'الأحدث', hi: 'नवीनतम', it: 'Più recenti',
    },
  },
  {
    id: 'sort-hottest',
    label: '最热',
    meanings: {
      en: 'Most popular', 'zh-CN': '最热：按热度排序', 'zh-TW': '最熱：依熱度排序', es: 'Más populares', ja: '人気順', ko: '인기순',
      pt: 'Mais populares', fr: 'Plus populaires', de: 'Beliebteste', ru: 'Популярные', vi: 'Phổ biến nhất', id: 'Terpopuler',
      th: 'ยอดนิยม', ar: 'الأكثر رواجًا', hi: 'सबसे लोकप्रिय', it: 'Più popolari',
    },
  },
  {
    id: 'search-users',
    label: '用户',
    meanings: {
      en: 'Users', 'zh-CN': '用户：搜索账号', 'zh-TW': '用戶：搜尋帳號', es: 'Usuarios', ja: 'ユーザー', ko: '사용자', pt: 'Usuários',
      fr: 'Utilisateurs', de: 'Nutzer', ru: 'Пользователи', vi: 'Người dùng', id: 'Pengguna', th: 'ผู้ใช้', ar: 'المستخدمون',
      hi: 'उपयोगकर्ता', it: 'Utenti',
    },
  },
  {
    id: 'search-products',
    label: '商品',
    meanings: {
      en: 'Products', 'zh-CN': '商品：可以购买的商品', 'zh-TW': '商品：可以購買的商品', es: 'Productos', ja: '商品', ko: '상품',
      pt: 'Produtos', fr: 'Produits', de: 'Produkte', ru: 'Товары', vi: 'Sản phẩm', id: 'Produk', th: 'สินค้า', ar: 'المنتجات',
      hi: 'उत्पाद', it: 'Prodotti',
    },
  },

  // ───────────── status ─────────────
  {
    id: 'the-end',
    label: '- THE END -',
    pattern: '^[-–—]\\s*THE END\\s*[-–—]$',
    meanings: {
      en: 'End of the list', 'zh-CN': 'THE END：已经到底了，没有更多内容', 'zh-TW': 'THE END：已經到底了，沒有更多內容', es: 'Fin de la lista',
      ja: 'これ以上ありません', ko: '마지막입니다', pt: 'Fim da lista', fr: 'Fin de la liste', de: 'Ende der Liste', ru: 'Конец списка',
      vi: 'Đã hết nội dung', id: 'Akhir daftar', th: 'สิ้นสุดรายการ', ar: 'نهاية القائمة', hi: 'सूची समाप्त', it: "Fine dell'elenco",
    },
  },
  {
    id: 'loading',
    label: '加载中',
    pattern: '^加载中(?:\\.{1,3}|…{1,2})?$',
    meanings: {
      en: 'Loading…', 'zh-CN': '加载中：内容正在加载', 'zh-TW': '載入中：內容正在載入', es: 'Cargando…', ja: '読み込み中…',
      ko: '로딩 중…', pt: 'Carregando…', fr: 'Chargement…', de: 'Wird geladen …', ru: 'Загрузка…', vi: 'Đang tải…',
      id: 'Memuat…', th: 'กำลังโหลด…', ar: 'جارٍ التحميل…', hi: 'लोड हो रहा है…', it: 'Caricamento…',
    },
  },
] satisfies SiteLabelInput[];
