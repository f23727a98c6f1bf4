
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.event': `Evento`,
'countdown.inline': str`${0}: ${1}`,
'countdown.inline.passed': str`${0}: tuvo lugar el ${1}`,
'countdown.inline.today': str`Hoy: ${0}`,
'countdown.passed': `Esta fecha ya pasó.`,
'countdown.remaining': str`${0}, ${1}. Tiempo restante: ${2}.`,
'countdown.theme': str`Tema de ${0}:`,
'countdown.today': `Hoy`,
'day.name': `Día Mundial contra la Trata de Personas`,
'stats.almost': str`casi ${0}`,
'stats.data': str`Datos: ${0}`,
'stats.data.range': str`Datos: ${0}–${1}`,
'stats.data.vs': str`Datos: ${0} en comparación con ${1}`,
'stats.down': `Disminución`,
'stats.glotip': str`Informe Mundial sobre la Trata de Personas ${0}`,
'stats.glotip22_children_violence_ratio': `tasa de violencia física o extrema que sufren los niños y niñas víctimas de trata, en comparación con los adultos`,
'stats.glotip24_boys_forced_labour': `de los niños víctimas detectados fueron objeto de trata con fines de trabajo forzoso`,
'stats.glotip24_child_victims_increase': `número de niños y niñas víctimas detectados`,
'stats.glotip24_children_share': `de las víctimas detectadas eran niños o niñas`,
'stats.glotip24_detected_victims_2022': `víctimas detectadas en todo el mundo`,
'stats.glotip24_detected_victims_increase_vs_2019': `número de víctimas detectadas`,
'stats.glotip24_female_share': `de las víctimas detectadas eran mujeres o niñas`,
'stats.glotip24_female_share_sexual_exploitation': `de las víctimas de trata con fines de explotación sexual eran mujeres o niñas`,
'stats.glotip24_forced_labour_increase': `número de víctimas detectadas de trata con fines de trabajo forzoso`,
'stats.glotip24_girl_victims_increase': `número de niñas víctimas detectadas`,
'stats.glotip24_girls_sexual_exploitation': `de las niñas víctimas detectadas fueron objeto de trata con fines de explotación sexual`,
'stats.link': str`${0} (abre la fuente en una pestaña nueva)`,
'stats.over': str`más de ${0}`,
'stats.pictogram': str`Pictograma: ${0} de ${1} (${2} redondeado al ${3} más cercano)`,
'stats.publication': str`${0}, ${1}`,
'stats.source': `Fuente:`,
'stats.times': str`${0} veces`,
'stats.title': `Trata de personas: cifras clave`,
'stats.unvtf_victims_supported': `víctimas que recibieron apoyo directo del Fondo Fiduciario de Contribuciones Voluntarias de las Naciones Unidas para las Víctimas de la Trata de Personas`,
'stats.up': `Aumento`,
    };
  