/**
 * The default action catalogue, in French and English: for each kind of
 * loyalty action, its objective, the action, the channel and a message
 * template. Drawn from the loyalty tools of the course texts (loyalty card,
 * coupons, "5 bought, the 6th free", satisfaction survey, news of new
 * products, invitations, courtesy calls and visits, win-back, complaint
 * follow-up within 5 working days). `{{client}}` in a template is replaced by
 * the client's name in the Actions sheet.
 */
import type { Lang } from '../types';

export interface ActionText {
  objective: string;
  action: string;
  channel: string;
  message: string;
}

const en = {
  winBackNow: {
    objective: 'Win back a big client before it is too late',
    action:
      'Personal call or courtesy visit: ask what went wrong, settle any open complaint within 5 working days, make a commercial gesture',
    channel: 'Phone, visit',
    message:
      'Hello {{client}}, we have missed you. You have been one of our best clients: may we call you to hear how we can serve you better? A thank-you gift is waiting for you in store.',
  },
  retain: {
    objective: 'Keep a client who is drifting away (future non-client)',
    action: 'Personal message, dissatisfaction survey, tailored offer; follow up any complaint within 5 working days',
    channel: 'Email, phone',
    message:
      'Hello {{client}}, your opinion matters to us: would you answer 3 questions about your last visits? As a thank-you, enjoy 10 % off your next purchase this month.',
  },
  reward: {
    objective: 'Reward the best clients and make them ambassadors',
    action:
      'VIP treatment: invitation to private events, early access to new products, ask for a review and a referral',
    channel: 'Email, invitation',
    message:
      'Dear {{client}}, thank you for your loyalty. You are invited to our private sale before anyone else. Bring a friend: you will both receive a gift.',
  },
  raiseBasket: {
    objective: 'Raise the average basket of loyal clients',
    action:
      'Loyalty card points, suggestions of complementary products (upsell), satisfaction survey (score and 0–10 recommendation)',
    channel: 'Email, in store',
    message:
      'Hello {{client}}, thank you for coming back so often. This month your loyalty points count double on our new range. How likely are you to recommend us, from 0 to 10?',
  },
  buildHabit: {
    objective: 'Turn recent clients into regulars (frequency)',
    action: 'Offer the loyalty card, "5 bought, the 6th free", news of new products',
    channel: 'Email, SMS',
    message:
      'Hello {{client}}, good news: with our loyalty card, your 6th purchase is free. Ask for it at your next visit, it takes one minute.',
  },
  welcome: {
    objective: 'Welcome new clients and bring them back a second time',
    action: 'Thank-you message, help with using the product, coupon for the second purchase',
    channel: 'Email',
    message:
      'Welcome {{client}}! Thank you for your first purchase. Any question about your product? Just reply to this message. Here is 5 € off your next visit.',
  },
  bringBack: {
    objective: 'Bring promising clients back to the shop',
    action: 'Coupon that brings the client back, news of new products',
    channel: 'Email, SMS',
    message:
      'Hello {{client}}, our new products have arrived and we thought of you. Show this message in store for 10 % off until the end of the month.',
  },
  intensify: {
    objective: 'Intensify: raise spending before the client cools down',
    action: 'Time-limited extra discount, satisfaction survey',
    channel: 'Email, SMS',
    message:
      'Hello {{client}}, for one week only, enjoy an extra 15 % off. And tell us in one click how your last visit went.',
  },
  remind: {
    objective: 'Wake up clients who are falling asleep',
    action: 'Reminder with a time-limited coupon',
    channel: 'Email, SMS',
    message:
      'Hello {{client}}, it has been a while! Here is a coupon valid for 15 days: we look forward to seeing you again.',
  },
  develop: {
    objective: 'Develop occasional clients: small clients today can be big clients tomorrow',
    action: 'News of new products, seasonal offer, loyalty card',
    channel: 'Email, newsletter',
    message:
      'Hello {{client}}, discover this season’s novelties and join our loyalty programme: points from your very next purchase.',
  },
  reactivate: {
    objective: 'Reactivate at low cost (treat as a prospect again)',
    action: 'Newsletter, seasonal offer, greetings (low-cost channels only)',
    channel: 'Newsletter',
    message:
      'Hello {{client}}, a lot has changed since your last visit: new products, new services. Come and see us, a welcome gift is waiting for you.',
  },
  askWhy: {
    objective: 'Understand why lost clients left, to avoid losing others',
    action: 'Ask for their testimony (short survey); low-cost win-back offer or none',
    channel: 'Email',
    message:
      'Hello {{client}}, we would like to understand how we could have served you better. Your answer (2 minutes) will help us improve. Thank you!',
  },
} satisfies Record<string, ActionText>;

export type ActionKind = keyof typeof en;

/** Every kind of action, in the order of the table. */
export const ACTION_KINDS = Object.keys(en) as ActionKind[];

const fr: Record<ActionKind, ActionText> = {
  winBackNow: {
    objective: 'Reconquérir un gros client avant qu’il ne parte',
    action:
      'Appel personnel ou visite de courtoisie : demander ce qui n’a pas été, traiter toute réclamation en moins de 5 jours ouvrables, geste commercial',
    channel: 'Téléphone, visite',
    message:
      'Bonjour {{client}}, vous nous manquez. Vous comptez parmi nos meilleurs clients : pouvons-nous vous appeler pour savoir comment mieux vous servir ? Un cadeau de remerciement vous attend en magasin.',
  },
  retain: {
    objective: 'Retenir un client qui s’éloigne (futur non-client)',
    action:
      'Message personnel, enquête d’insatisfaction, offre adaptée ; réponse à toute réclamation sous 5 jours ouvrables',
    channel: 'E-mail, téléphone',
    message:
      'Bonjour {{client}}, votre avis compte : accepteriez-vous de répondre à 3 questions sur vos dernières visites ? En remerciement, profitez de 10 % sur votre prochain achat ce mois-ci.',
  },
  reward: {
    objective: 'Récompenser les meilleurs clients et en faire des ambassadeurs',
    action: 'Traitement VIP : invitation à des événements privés, avant-premières, demande d’avis et de parrainage',
    channel: 'E-mail, invitation',
    message:
      'Cher(e) {{client}}, merci pour votre fidélité. Vous êtes invité(e) à notre vente privée en avant-première. Venez avec un(e) ami(e) : un cadeau vous attend tous les deux.',
  },
  raiseBasket: {
    objective: 'Augmenter le panier moyen des clients fidèles',
    action:
      'Points de la carte de fidélité, suggestions de produits complémentaires (montée en gamme), enquête de satisfaction (note et recommandation de 0 à 10)',
    channel: 'E-mail, en magasin',
    message:
      'Bonjour {{client}}, merci de votre fidélité. Ce mois-ci, vos points fidélité comptent double sur notre nouvelle gamme. Nous recommanderiez-vous, sur une échelle de 0 à 10 ?',
  },
  buildHabit: {
    objective: 'Faire des clients récents des habitués (fréquence)',
    action: 'Proposer la carte de fidélité, « 5 achetés, le 6e offert », informer des nouveautés',
    channel: 'E-mail, SMS',
    message:
      'Bonjour {{client}}, bonne nouvelle : avec notre carte de fidélité, votre 6e achat est offert. Demandez-la lors de votre prochaine visite, c’est l’affaire d’une minute.',
  },
  welcome: {
    objective: 'Accueillir les nouveaux clients et les faire revenir une 2e fois',
    action: 'Message de remerciement, aide à l’utilisation du produit, bon de réduction pour le 2e achat',
    channel: 'E-mail',
    message:
      'Bienvenue {{client}} ! Merci pour votre premier achat. Une question sur votre produit ? Répondez simplement à ce message. Voici 5 € de réduction pour votre prochaine visite.',
  },
  bringBack: {
    objective: 'Faire revenir les clients prometteurs',
    action: 'Bon de réduction qui fait revenir, information sur les nouveautés',
    channel: 'E-mail, SMS',
    message:
      'Bonjour {{client}}, nos nouveautés sont arrivées et nous avons pensé à vous. Présentez ce message en magasin pour 10 % de réduction jusqu’à la fin du mois.',
  },
  intensify: {
    objective: 'Intensifier : relancer les achats avant que le client ne refroidisse',
    action: 'Réduction supplémentaire limitée dans le temps, enquête de satisfaction',
    channel: 'E-mail, SMS',
    message:
      'Bonjour {{client}}, pendant une semaine seulement, profitez de 15 % de réduction supplémentaire. Et dites-nous en un clic comment s’est passée votre dernière visite.',
  },
  remind: {
    objective: 'Réveiller les clients qui s’endorment',
    action: 'Relance avec un bon de réduction à durée limitée',
    channel: 'E-mail, SMS',
    message:
      'Bonjour {{client}}, cela fait un moment ! Voici un bon de réduction valable 15 jours : nous serons ravis de vous revoir.',
  },
  develop: {
    objective: 'Développer les clients occasionnels : les petits clients d’aujourd’hui sont les grands de demain',
    action: 'Information sur les nouveautés, offre de saison, carte de fidélité',
    channel: 'E-mail, lettre d’information',
    message:
      'Bonjour {{client}}, découvrez les nouveautés de la saison et rejoignez notre programme de fidélité : des points dès votre prochain achat.',
  },
  reactivate: {
    objective: 'Réactiver à moindre coût (à traiter comme un prospect)',
    action: 'Lettre d’information, offre de saison, vœux (canaux peu coûteux uniquement)',
    channel: 'Lettre d’information',
    message:
      'Bonjour {{client}}, beaucoup de nouveautés depuis votre dernière visite : nouveaux produits, nouveaux services. Passez nous voir, un cadeau de bienvenue vous attend.',
  },
  askWhy: {
    objective: 'Comprendre pourquoi les clients perdus sont partis, pour ne pas en perdre d’autres',
    action: 'Recueillir leur témoignage (court questionnaire) ; offre de reconquête peu coûteuse ou aucune',
    channel: 'E-mail',
    message:
      'Bonjour {{client}}, nous aimerions comprendre comment nous aurions pu mieux vous servir. Votre réponse (2 minutes) nous aidera à progresser. Merci !',
  },
};

const tables: Record<Lang, Record<ActionKind, ActionText>> = { en, fr };

/** The texts of action `kind` in `lang`. */
export function actionText(kind: ActionKind, lang: Lang): ActionText {
  return tables[lang][kind];
}
