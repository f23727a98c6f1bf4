
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.event': `Événement`,
'countdown.inline': str`${0} : ${1}`,
'countdown.inline.passed': str`${0} : a eu lieu le ${1}`,
'countdown.inline.today': str`Aujourd'hui : ${0}`,
'countdown.passed': `Cette date est passée.`,
'countdown.remaining': str`${0}, ${1} : encore ${2}.`,
'countdown.theme': str`Thème ${0} :`,
'countdown.today': `Aujourd'hui`,
'day.name': `Journée mondiale de la lutte contre la traite d'êtres humains`,
'stats.almost': str`près de ${0}`,
'stats.data': str`Données : ${0}`,
'stats.data.range': str`Données : ${0}–${1}`,
'stats.data.vs': str`Données : ${0} par rapport à ${1}`,
'stats.down': `Baisse`,
'stats.glotip': str`Rapport mondial sur la traite des personnes ${0}`,
'stats.glotip22_children_violence_ratio': `taux de violences physiques ou extrêmes subies par les enfants victimes de la traite, par rapport aux adultes`,
'stats.glotip24_boys_forced_labour': `des garçons victimes détectés ont été soumis à la traite à des fins de travail forcé`,
'stats.glotip24_child_victims_increase': `nombre d'enfants victimes détectés`,
'stats.glotip24_children_share': `des victimes détectées étaient des enfants`,
'stats.glotip24_detected_victims_2022': `victimes détectées dans le monde`,
'stats.glotip24_detected_victims_increase_vs_2019': `nombre de victimes détectées`,
'stats.glotip24_female_share': `des victimes détectées étaient des femmes ou des filles`,
'stats.glotip24_female_share_sexual_exploitation': `des victimes de la traite à des fins d'exploitation sexuelle étaient des femmes ou des filles`,
'stats.glotip24_forced_labour_increase': `nombre de victimes détectées de la traite à des fins de travail forcé`,
'stats.glotip24_girl_victims_increase': `nombre de filles victimes détectées`,
'stats.glotip24_girls_sexual_exploitation': `des filles victimes détectées ont été soumises à la traite à des fins d'exploitation sexuelle`,
'stats.link': str`${0} (ouvre la source dans un nouvel onglet)`,
'stats.over': str`plus de ${0}`,
'stats.pictogram': str`Pictogramme : ${0} sur ${1} (${2}, arrondi à ${3} près)`,
'stats.publication': str`${0}, ${1}`,
'stats.source': `Source :`,
'stats.times': str`${0} fois`,
'stats.title': `Traite des personnes : chiffres clés`,
'stats.unvtf_victims_supported': `victimes aidées directement par le Fonds de contributions volontaires des Nations Unies pour les victimes de la traite des personnes`,
'stats.up': `Hausse`,
    };
  